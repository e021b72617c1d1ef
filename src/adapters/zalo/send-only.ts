import type { Logger } from "../../ports/logger.js";
import type { Outbound } from "../../ports/outbound.js";
import { createZaloApi } from "./api.js";
import { ZaloError } from "./errors.js";
import { createChoiceMemory } from "./render.js";
import { createSender, zaloOutbound } from "./sender.js";
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
  const sender = createSender({
    api,
    throttle: createThrottle({ perChatMs: t.perChatMs, globalMs: t.globalMs }),
    choices: createChoiceMemory({ ttlMs: t.choiceTtlMs, now: () => new Date() }),
    signal: new AbortController().signal,
    logger,
    onUnauthorized: (description) => (unauthorized = description),
  });
  return zaloOutbound(sender, () => (unauthorized ? new ZaloError("zalo_unauthorized", "Zalo rejected the bot token (401)") : undefined));
}
