import { webApi } from "@slack/bolt";
import type { Logger } from "../../ports/logger.js";
import type { Outbound } from "../../ports/outbound.js";
import { boltLogger } from "./bolt-logger.js";
import { slackOutbound } from "./outbound.js";
import { createSlackCaller } from "./slack-calls.js";

/**
 * Posts to Slack without receiving anything (no Socket Mode, no HTTP route): for one-shot commands
 * such as `remind`. Same caller and rendering as the running channel, so a post is never doubled.
 */
export function slackSendOnly(options: { token: string; apiUrl?: string; logger: Logger; timeoutMs?: number }): Outbound {
  const logger = options.logger.child({ channel: "slack", mode: "send-only" });
  const client = new webApi.WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    timeout: options.timeoutMs ?? 10_000,
    logger: boltLogger(logger, [options.token]),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  return slackOutbound({ caller: createSlackCaller({ client, logger }), dms: new Map() });
}
