import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { createDeliveryClaims } from "../../../src/adapters/slack/dedupe.js";
import { emptyState } from "../../../src/core/state.js";
import type { Store } from "../../../src/ports/store.js";

const at = (iso: string) => new Date(iso);

describe("delivery claims", () => {
  it("lets one of several concurrent deliveries through and persists it in one write", async () => {
    const store = createMemoryStore();
    let writes = 0;
    const counting: Store = { ...store, update: (fn) => (writes++, store.update(fn)) };
    const claims = createDeliveryClaims(counting);
    const now = at("2023-05-10T03:00:00Z");
    const results = await Promise.all([claims.claim(["ev:E1", "msg:D1:1.1"], now), claims.claim(["ev:E1"], now), claims.claim(["ev:E2", "msg:D1:1.1"], now), claims.claim(["ev:E3"], now)]);
    expect(results).toEqual([true, false, false, true]);
    // One stored entry for the batch: a day of keys at full load is a list of writes, not of events.
    expect(store.read((s) => s.seen)).toEqual([{ key: 'slack:["ev:E1","msg:D1:1.1","ev:E3"]', at: now.toISOString() }]);
    expect(writes).toBe(1);
    const restarted = createDeliveryClaims(store);
    for (const key of ["ev:E1", "msg:D1:1.1", "ev:E3"]) expect(await restarted.claim([key], at("2023-05-10T05:00:00Z"))).toBe(false);
    expect(await restarted.claim(["ev:E2"], at("2023-05-10T05:00:00Z"))).toBe(true);
    // And forgotten together after a day.
    const dayLater = createDeliveryClaims(store);
    await dayLater.claim(["ev:E4"], at("2023-05-11T05:00:00Z"));
    expect(await createDeliveryClaims(store).claim(["msg:D1:1.1"], at("2023-05-11T05:00:00Z"))).toBe(true);
  });

  it("remembers across a restart and forgets Slack keys after a day, leaving others' keys alone", async () => {
    const store = createMemoryStore({
      ...emptyState(),
      seen: [
        { key: "zalo:old", at: "2023-05-01T00:00:00Z" },
        { key: "slack:ev:OLD", at: "2023-05-09T01:59:00Z" },
      ],
    });
    expect(await createDeliveryClaims(store).claim(["ev:E1"], at("2023-05-10T03:00:00Z"))).toBe(true);
    const restarted = createDeliveryClaims(store);
    expect(await restarted.claim(["ev:E1"], at("2023-05-10T04:00:00Z"))).toBe(false);
    expect(store.read((s) => s.seen.map((e) => e.key))).toEqual(["zalo:old", "slack:ev:E1"]);
    expect(await restarted.claim(["ev:OLD"], at("2023-05-10T04:00:00Z"))).toBe(true);
  });

  it("forgets a claim whose write failed, so Slack's retry is handled", async () => {
    const store = createMemoryStore();
    let fail = true;
    const flaky: Store = { ...store, update: (fn) => (fail ? Promise.reject(new Error("disk full")) : store.update(fn)) };
    const claims = createDeliveryClaims(flaky);
    await expect(claims.claim(["ev:E9"], at("2023-05-10T03:00:00Z"))).rejects.toThrow("disk full");
    fail = false;
    expect(await claims.claim(["ev:E9"], at("2023-05-10T03:00:01Z"))).toBe(true);
  });
});
