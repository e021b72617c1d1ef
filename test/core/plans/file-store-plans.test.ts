import { describe, expect, it } from "vitest";
import { openFileStore } from "../../../src/adapters/lowdb/file-store.js";
import { scopedStore } from "../../../src/core/plans/scoped-store.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { appendRecord, tempDir } from "../../adapters/lowdb/support.js";

describe("plan ids in the file store", () => {
  it("old records without a plan load and belong to the base plan; new ones are tagged and survive a reopen", async () => {
    const { dir, remove } = await tempDir();
    try {
      // A data file written before records carried a plan.
      let store = await openFileStore({ dataDir: dir, logger: silentLogger });
      await store.update(appendRecord);
      await store.close();

      store = await openFileStore({ dataDir: dir, logger: silentLogger });
      const base = scopedStore(store, "binh-dinh-cchc-2023", "binh-dinh-cchc-2023");
      const next = scopedStore(store, "gia-lai-cchc-2026", "binh-dinh-cchc-2023");
      expect(base.read((s) => s.records.map((r) => r.seq))).toEqual([1]);
      expect(next.read((s) => s.records)).toEqual([]);
      await next.update(appendRecord);
      await store.update((d) => {
        d.activePlan = "gia-lai-cchc-2026";
      });
      await store.close();

      store = await openFileStore({ dataDir: dir, logger: silentLogger });
      expect(store.read((s) => s.activePlan)).toBe("gia-lai-cchc-2026");
      expect(store.read((s) => s.records.map((r) => [r.seq, r.planId]))).toEqual([
        [1, undefined],
        [2, "gia-lai-cchc-2026"],
      ]);
      expect(scopedStore(store, "gia-lai-cchc-2026", "binh-dinh-cchc-2023").read((s) => s.records.map((r) => r.seq))).toEqual([2]);
      expect(scopedStore(store, "binh-dinh-cchc-2023", "binh-dinh-cchc-2023").read((s) => s.records.map((r) => r.seq))).toEqual([1]);
      // An update that reads the records (as a report does for the previous status) sees only its plan's, through immer.
      const seen = await scopedStore(store, "gia-lai-cchc-2026", "binh-dinh-cchc-2023").update((d) => {
        const own = d.records.map((r) => r.seq);
        appendRecord(d);
        return own;
      });
      expect(seen).toEqual([2]);
      await store.close();
      store = await openFileStore({ dataDir: dir, logger: silentLogger });
      expect(store.read((s) => s.records.map((r) => [r.seq, r.planId]))).toEqual([
        [1, undefined],
        [2, "gia-lai-cchc-2026"],
        [3, "gia-lai-cchc-2026"],
      ]);
      await store.close();
    } finally {
      await remove();
    }
  });
});
