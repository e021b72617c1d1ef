import { describe, expect, it } from "vitest";
import { verifySlackSignature } from "../../../src/adapters/slack/signature.js";

// The worked example from Slack's "Verifying requests from Slack" page.
const secret = "8f742231b10e8888abcd99yyyzzz85a5";
const timestamp = "1531420618";
const body = Buffer.from(
  "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c",
);
const signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
const at = (offsetSec: number) => (Number(timestamp) + offsetSec) * 1000;

describe("verifySlackSignature", () => {
  it("accepts Slack's documented example within five minutes either way", () => {
    for (const offset of [0, 300, -300]) expect(verifySlackSignature({ secret, body, timestamp, signature, nowMs: at(offset) })).toEqual({ ok: true });
  });

  it("refuses stale or future stamps, tampered bodies and malformed headers", () => {
    const check = (over: Partial<Parameters<typeof verifySlackSignature>[0]>) => verifySlackSignature({ secret, body, timestamp, signature, nowMs: at(0), ...over });
    expect(check({ nowMs: at(301) })).toEqual({ ok: false, reason: "stale_timestamp" });
    expect(check({ nowMs: at(-301) })).toEqual({ ok: false, reason: "stale_timestamp" });
    expect(check({ body: Buffer.concat([body, Buffer.from("&x=1")]) })).toEqual({ ok: false, reason: "bad_signature" });
    expect(check({ signature: signature.slice(0, -1) })).toEqual({ ok: false, reason: "bad_signature" });
    expect(check({ timestamp: "1531420618.5" })).toEqual({ ok: false, reason: "bad_timestamp" });
    expect(check({ signature: undefined })).toEqual({ ok: false, reason: "missing_headers" });
  });
});
