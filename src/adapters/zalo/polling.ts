import type { Logger } from "../../ports/logger.js";
import type { ZaloApi } from "./api.js";
import { sleep } from "../sleep.js";
import { parseUpdates, type ZaloUpdate } from "./updates.js";

export interface PollOptions {
  api: ZaloApi;
  logger: Logger;
  signal: AbortSignal;
  /** Long-poll length asked of Zalo, in seconds. */
  pollTimeoutSec: number;
  /** Client timeout of one getUpdates call: a little longer than the long poll. */
  clientTimeoutMs: number;
  errorDelayMs: number;
  onUpdate: (update: ZaloUpdate) => Promise<void>;
  onUnauthorized: (description: string) => void;
}

/** The one poller: each getUpdates starts only after the previous one ended, so calls never overlap. */
export async function pollLoop(options: PollOptions): Promise<void> {
  const { api, logger, signal } = options;
  while (!signal.aborted) {
    const outcome = await api.call<unknown>("getUpdates", { timeout: options.pollTimeoutSec }, { timeoutMs: options.clientTimeoutMs, retries: 0, signal });
    switch (outcome.kind) {
      case "ok":
        for (const update of parseUpdates(outcome.result)) {
          await options.onUpdate(update).catch((error: unknown) => logger.error({ err: String(error) }, "zalo update could not be stored"));
        }
        break;
      case "no_updates":
        break;
      case "aborted":
        return;
      case "unauthorized":
        options.onUnauthorized(outcome.description);
        return;
      case "rejected":
      case "unavailable": {
        logger.warn({ code: outcome.code, description: outcome.description }, "zalo getUpdates failed; waiting before the next poll");
        // Zalo answers 400 to getUpdates while a webhook is set (e.g. by another deployment).
        if (outcome.kind === "rejected" && outcome.code === 400) await api.call("deleteWebhook", {}, { signal, retries: 0 });
        await sleep(options.errorDelayMs, signal);
      }
    }
  }
}
