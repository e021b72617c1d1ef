import { createHmac, timingSafeEqual } from "node:crypto";

/** Slack's replay window: a request stamped more than 5 minutes from now, either way, is refused. */
export const MAX_SKEW_SECONDS = 5 * 60;

export type SignatureCheck = { ok: true } | { ok: false; reason: "missing_headers" | "bad_timestamp" | "stale_timestamp" | "bad_signature" };

export function signSlack(secret: string, timestamp: number | string, body: string | Buffer): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:`).update(body).digest("hex")}`;
}

/**
 * Checks X-Slack-Signature over the raw body. Unlike Bolt's own check this also refuses
 * timestamps from the future, and compares in constant time.
 */
export function verifySlackSignature(input: { secret: string; body: Buffer; timestamp: string | undefined; signature: string | undefined; nowMs: number }): SignatureCheck {
  const { timestamp, signature } = input;
  if (!timestamp || !signature) return { ok: false, reason: "missing_headers" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "bad_timestamp" };
  if (Math.abs(input.nowMs / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return { ok: false, reason: "stale_timestamp" };
  const expected = Buffer.from(signSlack(input.secret, timestamp, input.body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad_signature" };
  return { ok: true };
}
