import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listBackups } from "../../../src/adapters/lowdb/backups.js";
import { openFileStore, type FileStoreOptions } from "../../../src/adapters/lowdb/file-store.js";
import { parseSnapshot } from "../../../src/adapters/lowdb/snapshot-file.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { appendRecord, tempDir } from "./support.js";

let dir: string;
let remove: () => Promise<void>;
let clock: number;
const backupsDir = () => path.join(dir, "backups");
const open = (extra: Partial<FileStoreOptions> = {}) => openFileStore({ dataDir: dir, logger: silentLogger, now: () => clock, ...extra });

beforeEach(async () => {
  ({ dir, remove } = await tempDir());
  clock = Date.UTC(2023, 5, 1, 8);
});
afterEach(() => remove());

describe("backups", () => {
  it("rotates: keeps the newest N, each a complete valid state", async () => {
    const store = await open({ backups: 3, backupIntervalMs: 0 }); // 0: a checkpoint and a backup per update
    for (let i = 0; i < 12; i++) {
      clock += 1000;
      await store.update(appendRecord);
    }
    await store.close();
    const backups = await listBackups(backupsDir());
    expect(backups.map((b) => b.commit)).toEqual([12, 11, 10]);
    for (const backup of backups) {
      const parsed = parseSnapshot(await readFile(backup.file));
      expect(parsed.ok && parsed.snapshot.records.length).toBe(backup.commit);
    }
  });

  it("takes one at open, but not again for an unchanged state", async () => {
    await (await open()).close();
    expect((await listBackups(backupsDir())).map((b) => b.commit)).toEqual([0]);
    clock += 1000;
    await (await open()).close();
    expect(await listBackups(backupsDir())).toHaveLength(1);
    const store = await open();
    await store.update(appendRecord);
    await store.close();
    clock += 1000;
    await (await open()).close();
    expect((await listBackups(backupsDir())).map((b) => b.commit)).toEqual([1, 0]);
  });

  it("while running, takes one at most every backupIntervalMs", async () => {
    const store = await open({ backupIntervalMs: 10 * 60_000 });
    for (let i = 0; i < 5; i++) await store.update(appendRecord);
    expect(await listBackups(backupsDir())).toHaveLength(1); // the one from open
    clock += 11 * 60_000;
    await store.update(appendRecord);
    await store.update(appendRecord); // queued behind the checkpoint the previous update triggered
    const backups = await listBackups(backupsDir());
    expect(backups.map((b) => b.commit)).toEqual([6, 0]);
    expect(backups[0]!.file).toContain("cchc-bot.2023-06-01T08-11-00-000Z.c6.json");
    await store.close();
  });
});
