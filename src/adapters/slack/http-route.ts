import type { IncomingMessage, RequestListener } from "node:http";
import { MAX_BODY_BYTES, readBody, type RouteHandler } from "../http/http-server.js";
import type { Clock } from "../../ports/clock.js";
import type { Logger } from "../../ports/logger.js";
import { verifySlackSignature } from "./signature.js";

export const SLACK_EVENTS_PATH = "/slack/events";

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? undefined : value;
};

/**
 * POST /slack/events on the shared server. Refuses a body over 1 MiB before reading it whole (413),
 * checks the signature and a ±5 minute timestamp window itself (401; Bolt would let a future stamp
 * through), then hands the already-read request to Bolt's HTTPReceiver, which acks and dispatches.
 */
export function slackEventsRoute(options: { signingSecret: string; receiver: RequestListener; clock: Clock; logger: Logger }): RouteHandler {
  return async (req, res) => {
    const body = await readBody(req, MAX_BODY_BYTES);
    const check = verifySlackSignature({
      secret: options.signingSecret,
      body,
      timestamp: header(req, "x-slack-request-timestamp"),
      signature: header(req, "x-slack-signature"),
      nowMs: options.clock.now().getTime(),
    });
    if (!check.ok) {
      options.logger.warn({ reason: check.reason, retry: header(req, "x-slack-retry-num") }, "slack request refused");
      res.writeHead(401, { "content-type": "text/plain" });
      res.end("unauthorized");
      return;
    }
    // Bolt's receiver reads `rawBody` when present instead of the (already consumed) stream.
    Object.assign(req, { rawBody: body });
    options.receiver(req, res);
  };
}
