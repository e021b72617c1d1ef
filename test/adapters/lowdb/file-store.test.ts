import { cp, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openFileStore } from "../../../src/adapters/lowdb/file-store.js";
import { StoreError } from "../../../src/adapters/lowdb/store-error.js";
import { emptyState, type State } from "../../../src/core/state.js";
import { silentLogger } from "../../../src/ports/logger.js";
import type { Store } from "../../../src/ports/store.js";
import { appendRecord, record, tempDir } from "./support.js";

let dir: string;
let remove: () => Promise<void>;
const open = (extra: Partial<Parameters<typeof openFileStore>[0]> = {}) => openFileStore({ dataDir: dir, logger: silentLogger, ...extra });

beforeEach(async () => ({ dir, remove } = await tempDir()));
afterEach(() => remove());

describe("openFileStore", () => {
  it("starts from the empty state and writes the file at once", async () => {
    const store = await open();
    expect(store.read((s) => s)).toEqual(emptyState());
    const onDisk = JSON.parse(await readFile(path.join(dir, "cchc-bot.json"), "utf8"));
    expect(onDisk).toMatchObject({ version: 1, seq: 0, records: [] });
    await store.close();
  });

  it("round-trips every part of the state through close and reopen", async () => {
    let store = await open();
    await store.update((d) => {
      appendRecord(d);
      d.roster.push({ user: "slack:U1", role: "office", agency: "Sở Nội vụ", name: "Lê Thị Hà", addedAt: "2023-03-01" });
      d.channels.push({ channel: "zalo:6ede9afa", cron: "0 8 * * 1", addedAt: "2023-03-01" });
      d.inbox.push({ key: "zalo:1", channel: "zalo:6ede9afa", payload: { text: "chào" }, at: "2023-03-01" });
    });
    await store.update((d) => {
      d.roster[0]!.name = "Lê Thị Hà (Văn phòng)"; // in-place edit of a nested object
      d.seen.push({ key: "slack:Ev1", at: "2023-03-02" });
    });
    const before = store.read((s) => structuredClone(s));
    await store.close();
    store = await open();
    expect(store.read((s) => s)).toEqual(before);
    expect(before.roster[0]!.name).toBe("Lê Thị Hà (Văn phòng)");
    expect(before.records).toHaveLength(1);
    await store.close();
  });

  it("replays the journal when the process stopped without close", async () => {
    const store = await open({ checkpointEvery: 1000 });
    for (let i = 0; i < 5; i++) await store.update(appendRecord);
    // Every kind of change immer can express, so that replay has to reproduce each exactly.
    await store.update((d) => {
      d.roster.push({ user: "slack:U1", role: "office", name: "Hà", addedAt: "t" }, { user: "slack:U2", role: "member", addedAt: "t" });
      d.channels.push({ channel: "zalo:1", cron: "0 8 * * 1", addedAt: "t" });
      appendRecord(d);
      d.seen.push({ key: "a", at: "1" }, { key: "b", at: "2" }, { key: "c", at: "3" }, { key: "d", at: "4" });
      d.pending.push({ key: "p", intent: "progress_update", slots: { task: "T1", nested: { a: [1, 2] } }, missing: ["status"], text: "x", expiresAt: "t" });
    });
    await store.update((d) => {
      d.seen.splice(1, 1);
      d.seen.unshift({ key: "z", at: "0" });
      d.seen.reverse();
      d.roster[0]!.agency = "so-noi-vu";
      delete d.roster[0]!.name;
      d.channels.length = 0;
      (d.pending[0]!.slots.nested as { a: number[] }).a.push(3);
      d.roster = [{ user: "zalo:1", role: "member", addedAt: "t" }];
    });
    // What a crash leaves: the snapshot from open plus the journal, copied aside while the store is live.
    const { dir: copy, remove: removeCopy } = await tempDir();
    for (const name of ["cchc-bot.json", "cchc-bot.journal"]) await cp(path.join(dir, name), path.join(copy, name));
    expect((await readFile(path.join(copy, "cchc-bot.journal"), "utf8")).trim().split("\n")).toHaveLength(7);
    const replayed = await openFileStore({ dataDir: copy, logger: silentLogger });
    expect(replayed.read((s) => s)).toEqual(store.read((s) => s));
    expect(await readFile(path.join(copy, "cchc-bot.journal"), "utf8")).toBe(""); // folded into the snapshot
    await replayed.close();
    await store.close();
    await removeCopy();
  });

  it("resolves an update only once it is in the journal, and reads show the committed state", async () => {
    const store = await open();
    const pending = store.update(appendRecord);
    expect(store.read((s) => s.seq)).toBe(0);
    await pending;
    expect(store.read((s) => s.seq)).toBe(1);
    expect(await readFile(path.join(dir, "cchc-bot.journal"), "utf8")).toContain('"seq":1');
    await store.close();
  });

  it("a mutation that throws changes nothing, in memory or on disk", async () => {
    const store = await open();
    await store.update(appendRecord);
    const journal = path.join(dir, "cchc-bot.journal");
    const size = (await stat(journal)).size;
    await expect(
      store.update((d) => {
        d.seen.push({ key: "half", at: "done" });
        appendRecord(d);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(store.read((s) => [s.seq, s.records.length, s.seen.length])).toEqual([1, 1, 0]);
    expect((await stat(journal)).size).toBe(size);
    await store.close();
    const again = await open();
    expect(again.read((s) => s.records.length)).toBe(1);
    await again.close();
  });

  it("refuses an update that would store an invalid state, naming the path", async () => {
    const store = await open();
    const bad = store.update((d) => {
      d.records.push({ ...record(1), percent: 140 });
    });
    await expect(bad).rejects.toMatchObject({ code: "STORE_INVALID", message: expect.stringContaining("records.0.percent") });
    expect(store.read((s) => s.records)).toEqual([]);
    await store.close();
  });

  it("checks an element added to an optional list (more, threads) and writes only that element", async () => {
    const store = await open({ checkpointEvery: 10_000 });
    const entry = (i: number) => ({ key: `t${i}`, expiresAt: "2030-01-01T00:00:00.000Z" });
    await store.update((d) => void (d.threads = Array.from({ length: 200 }, (_, i) => entry(i))));
    const journal = path.join(dir, "cchc-bot.journal");
    const before = (await stat(journal)).size;
    await store.update((d) => void d.threads!.push(entry(200)));
    // One element's worth of journal, not the 200-entry list again.
    expect((await stat(journal)).size - before).toBeLessThan(200);
    const bad = store.update((d) => void d.threads!.push({ key: "t201", expiresAt: 5 as never }));
    await expect(bad).rejects.toMatchObject({ code: "STORE_INVALID", message: expect.stringContaining("threads.201.expiresAt") });
    expect(store.read((s) => s.threads!.length)).toBe(201);
    await store.close();
  });

  it("keeps progress records append-only: a change or removal of a stored one is refused, nothing changes", async () => {
    const store = await open();
    await store.update(appendRecord);
    await store.update(appendRecord);
    const attempts: ((d: State) => void)[] = [
      (d) => void (d.records[0]!.status = "done"),
      (d) => void d.records.pop(),
      (d) => void (d.records.length = 1),
      (d) => void d.records.splice(0, 1),
      (d) => void (d.records[1] = record(9)),
      (d) => void (d.records = []),
    ];
    for (const attempt of attempts) await expect(store.update(attempt)).rejects.toThrow();
    await expect(store.update((d) => void (d.records = []))).rejects.toMatchObject({ code: "STORE_INVALID", message: expect.stringContaining("append-only") });
    // Appending, reading what was appended and replacing it within the same update are fine.
    const seen = await store.update((d) => {
      appendRecord(d);
      d.records[2] = { ...d.records[2]!, note: "sửa trước khi lưu" };
      return [d.records.length, d.records.filter((r) => r.seq > 1).map((r) => r.seq), d.records.at(-1)!.note];
    });
    expect(seen).toEqual([3, [2, 3], "sửa trước khi lưu"]);
    await store.close();
    const again = await open();
    expect(again.read((s) => s.records.map((r) => [r.seq, r.status, r.note]))).toEqual([
      [1, "in_progress", record(1).note],
      [2, "in_progress", record(2).note],
      [3, "in_progress", "sửa trước khi lưu"],
    ]);
    await again.close();
  });

  it("serialises concurrent updates in call order", async () => {
    const store = await open({ checkpointEvery: 7 });
    const results = await Promise.all(Array.from({ length: 40 }, () => store.update(appendRecord)));
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    await store.close();
    const again = await open();
    expect(again.read((s) => s.records.map((r) => r.seq))).toEqual(results);
    await again.close();
  });

  it("hands back plain, usable results and frozen reads", async () => {
    const store = await open();
    await store.update(appendRecord);
    const found = await store.update((d) => d.records.filter((r) => r.seq === 1));
    expect(found[0]!.seq).toBe(1); // a revoked draft would throw here
    await store.update((d) => void d.roster.push({ user: "slack:U1", role: "member", addedAt: "t" }));
    await store.update((d) => void (d.roster[0]!.name = "Hà")); // an in-place edit
    const recordObject = store.read((s) => s.records[0]!);
    expect(() => ((recordObject as { note?: string }).note = "x")).toThrow(TypeError);
    expect(() => ((recordObject.evidence as { number?: string }).number = "x")).toThrow(TypeError);
    expect(() => store.read((s) => (s.records as unknown[]).push({}))).toThrow(TypeError);
    expect(() => store.read((s) => ((s.roster[0] as { name?: string }).name = "x"))).toThrow(TypeError);
    expect(store.read((s) => s.roster[0]!.name)).toBe("Hà");
    await expect(store.update(async () => 1)).rejects.toMatchObject({ code: "STORE_INVALID" });
    await store.close();
  });

  it("turns a directory it cannot use into STORE_IO naming it", async () => {
    const notADir = path.join(dir, "plain-file");
    await writeFile(notADir, "x");
    await expect(openFileStore({ dataDir: notADir, logger: silentLogger })).rejects.toMatchObject({
      code: "STORE_IO",
      message: expect.stringContaining(`Cannot open the store in ${notADir}`),
    });
  });

  it("rejects updates after close", async () => {
    const store: Store = await open();
    await store.close();
    await expect(store.update(appendRecord)).rejects.toBeInstanceOf(StoreError);
    await expect(store.update(appendRecord)).rejects.toMatchObject({ code: "STORE_CLOSED" });
  });
});
