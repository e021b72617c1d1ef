import { describe, expect, it } from "vitest";
import { BACKOFF_MS, claim, claimable, MAX_ATTEMPTS, pruneLedger, retryAt, settle } from "../../../src/core/reminders/ledger.js";
import { emptyState, type LedgerEntry } from "../../../src/core/state.js";

const base: LedgerEntry = { key: "k", channel: "slack:C1", kind: "digest", slot: "s", state: "failed", attempts: 1, createdAt: "2023-05-15T01:00:00.000Z" };

describe("ledger", () => {
  it("spaces retries 1, 5 and 30 minutes apart from the first claim, then stops", () => {
    const t0 = Date.parse(base.createdAt);
    expect(BACKOFF_MS).toEqual([60_000, 300_000, 1_800_000]);
    expect(retryAt({ ...base, attempts: 1 })?.getTime()).toBe(t0 + 60_000);
    expect(retryAt({ ...base, attempts: 2 })?.getTime()).toBe(t0 + 360_000);
    expect(retryAt({ ...base, attempts: 3 })?.getTime()).toBe(t0 + 2_160_000);
    expect(retryAt({ ...base, attempts: MAX_ATTEMPTS })).toBeUndefined();
    expect(claimable({ ...base, state: "sent" }, new Date(t0 + 1e9))).toBe(false);
    expect(claimable({ ...base, state: "pending" }, new Date(t0 + 1e9))).toBe(false);
  });

  it("claims all keys of a group or none", () => {
    const state = emptyState();
    const now = new Date("2023-05-15T02:00:00Z");
    const items = [
      { key: "a", channel: "slack:U1", kind: "nudge" as const, slot: "2023-W20" },
      { key: "b", channel: "slack:U1", kind: "nudge" as const, slot: "2023-W20" },
    ];
    expect(claim(state, items, now)?.map((e) => [e.key, e.state, e.attempts])).toEqual([
      ["a", "pending", 1],
      ["b", "pending", 1],
    ]);
    expect(claim(state, items, now)).toBeUndefined();
    settle(state, ["a", "b"], { state: "sent" }, now);
    expect(state.ledger.map((e) => e.state)).toEqual(["sent", "sent"]);
  });

  it("prunes entries older than the kept history only", () => {
    const state = emptyState();
    state.ledger.push({ ...base, key: "old", createdAt: "2022-01-01T00:00:00.000Z" }, { ...base, key: "new" });
    pruneLedger(state, new Date("2023-05-20T00:00:00Z"));
    expect(state.ledger.map((e) => e.key)).toEqual(["new"]);
  });
});
