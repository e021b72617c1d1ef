import type { Logger } from "../../ports/logger.js";
import type { Outbound } from "../../ports/outbound.js";
import { createZaloApi } from "./api.js";
import { ZaloError } from "./errors.js";
import { createChoiceMemory } from "./render.js";
import { createSender, zaloOutbound } from "./sender.js";
import { withFiles } from "./send-files.js";
import { createThrottle } from "./throttle.js";
import { DEFAULT_ZALO_TUNING } from "./zalo-channel.js";

/**
 * Sends to Zalo chats without polling or a webhook: for one-shot commands such as `remind`. Same API
 * function, chunking and throttle as the running channel.
 */
export function zaloSendOnly(options: { token: string; apiUrl: string; logger: Logger }): Outbound {
  const logger = options.logger.child({ channel: "zalo", mode: "send-only" });
  const t = DEFAULT_ZALO_TUNING;
  const api = createZaloApi({ baseUrl: options.apiUrl, token: options.token, logger, timeoutMs: t.callTimeoutMs, retries: t.retries, backoffMs: t.backoffMs, maxBackoffMs: t.maxBackoffMs });
  let unauthorized: string | undefined;
  const throttle = createThrottle({ perChatMs: t.perChatMs, globalMs: t.globalMs });
  const signal = new AbortController().signal;
  const onUnauthorized = (description: string) => (unauthorized = description);
  const text = createSender({
    api,
    throttle,
    choices: createChoiceMemory({ ttlMs: t.choiceTtlMs, now: () => new Date() }),
    signal,
    logger,
    onUnauthorized,
  });
  // No HTTP server here: files are described, never linked.
  const sender = withFiles(text, { api, throttle, signal, logger, onUnauthorized });
  return zaloOutbound(sender, () => (unauthorized ? new ZaloError("zalo_unauthorized", "Zalo rejected the bot token (401)") : undefined));
}
