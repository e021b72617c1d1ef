import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { BodyTooLargeError, MAX_BODY_BYTES, readBody, type RouteHandler } from "../http/http-server.js";
import type { Logger } from "../../ports/logger.js";
import type { InboxEntry } from "./inbound.js";
import { parseUpdates, type ZaloUpdate } from "./updates.js";

export const ZALO_WEBHOOK_PATH = "/zalo/webhook";
export const SECRET_HEADER = "x-bot-api-secret-token";

/** Hashing first makes both sides the same length, so the comparison leaks neither content nor length. */
export function secretMatches(given: unknown, expected: string): boolean {
  if (typeof given !== "string" || given === "") return false;
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

function answer(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "application/json", ...(status >= 400 ? { connection: "close" } : {}) });
  res.end(body);
}

export interface WebhookOptions {
  secret: string;
  logger: Logger;
  isStopped: () => boolean;
  /** Stores the update; undefined when it is a repeat. Must resolve only once the store write is done. */
  accept: (update: ZaloUpdate) => Promise<InboxEntry | undefined>;
  /** Called after the 200 went out, with the entries to handle. */
  afterAck: (entries: InboxEntry[]) => void;
}

/** POST /zalo/webhook: check the secret, store, acknowledge, then hand off. Nothing is processed before the secret matches. */
export function createWebhookHandler(options: WebhookOptions): RouteHandler {
  const { logger } = options;
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (options.isStopped()) return answer(res, 503, '{"ok":false}');
    if (!secretMatches(req.headers[SECRET_HEADER], options.secret)) {
      logger.warn({ remote: req.socket.remoteAddress }, "zalo webhook: missing or wrong secret token");
      return answer(res, 401, '{"ok":false,"description":"unauthorized"}');
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return answer(res, 413, '{"ok":false,"description":"payload too large"}');
      throw error;
    }
    let body: unknown;
    try {
      body = raw.length === 0 ? undefined : JSON.parse(raw.toString("utf8"));
    } catch {
      return answer(res, 400, '{"ok":false,"description":"invalid JSON"}');
    }
    const updates = parseUpdates(body);
    // Zalo probes the URL when the webhook is set; a body without updates still gets a 200.
    if (updates.length === 0) logger.debug("zalo webhook: request without updates");
    const entries: InboxEntry[] = [];
    for (const update of updates) {
      const entry = await options.accept(update);
      if (entry) entries.push(entry);
    }
    answer(res, 200, '{"ok":true}');
    options.afterAck(entries);
  };
}
