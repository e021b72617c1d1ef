import type { ChannelDeps } from "../../ports/channel.js";
import { once } from "node:events";
import type { Outbound } from "../../ports/outbound.js";
import { createZaloApi, describeOutcome, type ZaloOutcome } from "./api.js";
import { ZaloError } from "./errors.js";
import { chatOf, createInbound, type InboxEntry } from "./inbound.js";
import { pollLoop } from "./polling.js";
import { storedChoiceMemory } from "./stored-choices.js";
import { createSender, zaloOutbound } from "./sender.js";
import { withFiles } from "./send-files.js";
import { createPublicFiles } from "../http/public-files.js";
import { createKeyedQueue } from "../keyed-queue.js";
import { sleep } from "../sleep.js";
import { createThrottle } from "./throttle.js";
import { createWebhookHandler, ZALO_WEBHOOK_PATH } from "./webhook.js";

/** Timings, injectable so tests run in milliseconds. */
export interface ZaloTuning {
  pollTimeoutSec: number;
  pollClientTimeoutMs: number;
  /** Wait after a failed poll or a failed start-up step. */
  errorDelayMs: number;
  callTimeoutMs: number;
  retries: number;
  backoffMs: number;
  maxBackoffMs: number;
  perChatMs: number;
  globalMs: number;
  choiceTtlMs: number;
  seenTtlMs: number;
  typing: boolean;
  /** How long stop() waits for replies in progress (their sends are aborted; the inbox keeps them). */
  stopGraceMs: number;
}

export const DEFAULT_ZALO_TUNING: ZaloTuning = {
  pollTimeoutSec: 30,
  pollClientTimeoutMs: 36_000,
  errorDelayMs: 5_000,
  callTimeoutMs: 10_000,
  retries: 4,
  backoffMs: 500,
  maxBackoffMs: 8_000,
  perChatMs: 400,
  globalMs: 200,
  choiceTtlMs: 15 * 60_000,
  seenTtlMs: 24 * 60 * 60_000,
  typing: true,
  stopGraceMs: 10_000,
};

/** `http` is required in webhook mode (ZALO_WEBHOOK_URL + ZALO_WEBHOOK_SECRET). */
export interface ZaloDeps extends ChannelDeps {
  tuning?: Partial<ZaloTuning>;
}

export interface ZaloChannel {
  outbound: Outbound;
  stop(): Promise<void>;
  /** Resolves (never rejects) when the channel has stopped: after stop(), or on its own after a 401. */
  done: Promise<void>;
}

const UNAUTHORIZED_MESSAGE =
  "Zalo rejected ZALO_BOT_TOKEN (401 Unauthorized). The Zalo channel has stopped; the rest of the bot keeps running. " +
  "Copy the token again from Zalo Bot Creator (or create a new one), set ZALO_BOT_TOKEN and restart.";

/** Starts the Zalo channel: long polling by default, webhook on the shared HTTP server when configured. */
export async function startZalo(deps: ZaloDeps): Promise<ZaloChannel> {
  const { config, store, clock } = deps;
  const token = config.ZALO_BOT_TOKEN;
  if (!token) throw new ZaloError("zalo_no_token", "ZALO_BOT_TOKEN is not set: the Zalo channel cannot start.");
  const webhook = config.ZALO_WEBHOOK_URL && config.ZALO_WEBHOOK_SECRET ? { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET } : undefined;
  const http = deps.http;
  if (webhook && !http) throw new ZaloError("zalo_webhook_needs_http", "Zalo webhook mode needs the shared HTTP server.");
  const tuning = { ...DEFAULT_ZALO_TUNING, ...deps.tuning };
  const logger = deps.logger.child({ channel: "zalo", mode: webhook ? "webhook" : "polling" });
  const controller = new AbortController();
  const signal = controller.signal;
  let stopped = false;
  const onUnauthorized = () => {
    if (stopped) return;
    logger.error({ code: "zalo_unauthorized" }, UNAUTHORIZED_MESSAGE);
    stopped = true;
    controller.abort();
  };

  const api = createZaloApi({
    baseUrl: config.ZALO_API_URL,
    token,
    logger,
    timeoutMs: tuning.callTimeoutMs,
    retries: tuning.retries,
    backoffMs: tuning.backoffMs,
    maxBackoffMs: tuning.maxBackoffMs,
  });
  const choices = storedChoiceMemory(store, { ttlMs: tuning.choiceTtlMs, now: () => clock.now(), logger });
  const throttle = createThrottle({ perChatMs: tuning.perChatMs, globalMs: tuning.globalMs });
  const files = config.PUBLIC_URL && http ? createPublicFiles({ baseUrl: config.PUBLIC_URL, http, logger }) : undefined;
  const sender = withFiles(createSender({ api, throttle, choices, signal, logger, onUnauthorized }), { api, throttle, signal, logger, files, onUnauthorized });
  let me: { id?: string; name?: string; canJoinGroups?: boolean } = {};
  const inbound = createInbound({ ...deps, logger, sender, choices, me: () => me, typing: tuning.typing, seenTtlMs: tuning.seenTtlMs, dataDir: config.DATA_DIR });
  // One chat's replies in order, chats side by side.
  const queue = createKeyedQueue();

  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const aborted = new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
  const enqueue = (entry: InboxEntry) =>
    void queue
      .run(chatOf(entry), async () => {
        await Promise.race([ready, aborted]);
        if (!signal.aborted) await inbound.process(entry);
      })
      .catch((error: unknown) => logger.error({ err: String(error) }, "zalo job failed"));

  if (webhook && http) {
    http.route(
      "POST",
      ZALO_WEBHOOK_PATH,
      createWebhookHandler({
        secret: webhook.secret,
        logger,
        isStopped: () => stopped,
        accept: (update) => inbound.accept(update),
        afterAck: (entries) => entries.forEach(enqueue),
      }),
    );
  }

  /** Sorts a start-up call's outcome: go on, stop for good, or try the whole start-up again later. */
  function startStep(step: string, outcome: ZaloOutcome<unknown>): "ok" | "retry" | "stop" {
    if (outcome.kind === "ok") return "ok";
    if (outcome.kind === "aborted") return "stop";
    if (outcome.kind === "unauthorized") {
      onUnauthorized();
      return "stop";
    }
    logger.error({ step, description: describeOutcome(outcome) }, "zalo start-up step failed; retrying");
    return "retry";
  }

  /** getMe, then setWebhook or deleteWebhook. */
  async function setup(): Promise<"ok" | "retry" | "stop"> {
    const info = await api.call<{ id?: string; account_name?: string; can_join_groups?: boolean }>("getMe", {}, { signal });
    const first = startStep("getMe", info);
    if (first !== "ok" || info.kind !== "ok") return first;
    me = { id: info.result?.id ? String(info.result.id) : undefined, name: info.result?.account_name, canJoinGroups: info.result?.can_join_groups };
    if (webhook && http && !http.server.listening) {
      // Zalo probes the URL during setWebhook: wait for main to open the port, without holding startZalo up.
      firstAttempt();
      await Promise.race([once(http.server, "listening"), aborted]);
    }
    const step = webhook ? "setWebhook" : "deleteWebhook";
    return startStep(step, await api.call(step, webhook ? { url: webhook.url, secret_token: webhook.secret } : {}, { signal }));
  }

  let firstAttempt!: () => void;
  const firstAttemptDone = new Promise<void>((resolve) => (firstAttempt = resolve));
  async function run(): Promise<void> {
    for (;;) {
      const result = await setup();
      firstAttempt();
      if (result === "stop") return;
      if (result === "ok") break;
      if (!(await sleep(tuning.errorDelayMs, signal))) return;
    }
    logger.info({ botId: me.id, name: me.name }, "zalo channel ready");
    markReady();
    inbound.leftovers().forEach(enqueue);
    if (!webhook) {
      await pollLoop({
        api,
        logger,
        signal,
        onUnauthorized,
        pollTimeoutSec: tuning.pollTimeoutSec,
        clientTimeoutMs: tuning.pollClientTimeoutMs,
        errorDelayMs: tuning.errorDelayMs,
        onUpdate: async (update) => {
          const entry = await inbound.accept(update);
          if (entry) enqueue(entry);
        },
      });
    } else {
      await aborted;
    }
  }

  const done = run()
    .catch((error: unknown) => logger.error({ err: String(error) }, "zalo channel failed"))
    .then(async () => {
      const grace = new AbortController();
      await Promise.race([queue.idle(), sleep(tuning.stopGraceMs, grace.signal)]);
      grace.abort();
    })
    .finally(() => {
      stopped = true;
      firstAttempt();
    });
  await firstAttemptDone;

  const outbound: Outbound = zaloOutbound(sender, () => (stopped ? new ZaloError("zalo_stopped", "the Zalo channel is stopped") : undefined));
  return {
    outbound,
    done,
    async stop() {
      stopped = true;
      controller.abort();
      await done;
    },
  };
}
