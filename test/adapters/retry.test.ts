import { describe, expect, it } from "vitest";
import { retryAfterMs, retrying, type Attempt } from "../../src/adapters/retry.js";

const failing = (afterMs?: number) => async (): Promise<Attempt<string, string>> => ({ kind: "retry", failure: "busy", afterMs });

describe("the shared retry loop", () => {
  it("returns the first final value and counts the attempts", async () => {
    let calls = 0;
    const result = await retrying<string, string>(async (n) => (++calls, n < 2 ? { kind: "retry", failure: `f${n}` } : { kind: "final", value: "ok" }), { retries: 5, backoffMs: () => 0 });
    expect(result).toEqual({ kind: "final", value: "ok" });
    expect(calls).toBe(3);
  });

  it("gives up after the retries with the last failure", async () => {
    const seen: number[] = [];
    const result = await retrying(failing(), { retries: 2, backoffMs: () => 0, onRetry: (_f, attempt) => seen.push(attempt) });
    expect(result).toEqual({ kind: "exhausted", failure: "busy" });
    expect(seen).toEqual([1, 2]);
  });

  it("never starts a wait that would pass the deadline: Retry-After an hour gives up at once", async () => {
    let calls = 0;
    const result = await retrying(async () => (calls++, { kind: "retry" as const, failure: "429", afterMs: 3_600_000 }), { retries: 3, backoffMs: () => 0, deadline: Date.now() + 60_000 });
    expect(result).toEqual({ kind: "exhausted", failure: "429" });
    expect(calls).toBe(1);
  });

  it("ends a wait when the signal aborts", async () => {
    const controller = new AbortController();
    const pending = retrying(failing(60_000), { retries: 1, backoffMs: () => 0, signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ kind: "aborted", failure: "busy" });
  });

  it("reads Retry-After-Ms, Retry-After seconds and dates", () => {
    const from = (headers: Record<string, string>) => retryAfterMs((name) => headers[name]);
    expect(from({ "retry-after-ms": "250" })).toBe(250);
    expect(from({ "retry-after": "30" })).toBe(30_000);
    expect(from({ "retry-after": new Date(Date.now() - 5000).toUTCString() })).toBe(0);
    expect(from({ "retry-after": "soon" })).toBeUndefined();
    expect(from({})).toBeUndefined();
  });
});
