import { stat } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openFileStore } from "../../../src/adapters/lowdb/file-store.js";
import { storedThreadMemory } from "../../../src/adapters/slack/stored-threads.js";
import { silentLogger } from "../../../src/ports/logger.js";
import type { Store } from "../../../src/ports/store.js";
import { tempDir } from "../lowdb/support.js";

const HOUR = 3600_000;
const at = (h: number) => new Date(Date.UTC(2023, 4, 15) + h * HOUR);
let dir: string;
let remove: () => Promise<void>;
let store: Store;
const settled = () => store.update(() => undefined);

beforeEach(async () => {
  ({ dir, remove } = await tempDir());
  store = await openFileStore({ dataDir: dir, logger: silentLogger, checkpointEvery: 10_000 });
});
afterEach(async () => {
  await store.close();
  await remove();
});

describe("storedThreadMemory", () => {
  it("hears a joined thread for a day, also from a new memory on the same store (a restart)", async () => {
    const threads = storedThreadMemory(store, silentLogger);
    threads.join("C1", "111.1", at(0));
    expect(threads.has("C1", "111.1", at(1))).toBe(true);
    expect(threads.has("C1", "222.2", at(1))).toBe(false);
    await settled();
    const again = storedThreadMemory(store, silentLogger);
    expect(again.has("C1", "111.1", at(23))).toBe(true);
    expect(again.has("C1", "111.1", at(25))).toBe(false);
  });

  it("writes one short entry per join however many threads are stored, and one entry per thread", async () => {
    const threads = storedThreadMemory(store, silentLogger);
    for (let i = 0; i < 300; i++) threads.join("C1", `${i}.0`, at(0));
    await settled();
    const journal = path.join(dir, "cchc-bot.journal");
    const before = (await stat(journal)).size;
    threads.join("C1", "5.0", at(13)); // past half its day: written again, in place
    await settled();
    expect((await stat(journal)).size - before).toBeLessThan(200);
    expect(store.read((s) => s.threads!.filter((t) => t.key === "C1:5.0"))).toEqual([{ key: "C1:5.0", expiresAt: at(37).toISOString() }]);
    expect(store.read((s) => s.threads!.length)).toBe(300);
  });

  it("drops expired and oldest threads in a sweep past the cap, and stops hearing them", async () => {
    const threads = storedThreadMemory(store, silentLogger, 24 * HOUR, 10);
    for (let i = 0; i < 50; i++) threads.join("C1", `old${i}`, at(0));
    for (let i = 0; i < 61; i++) threads.join("C1", `new${i}`, at(30 + i / 100));
    await settled();
    const keys = store.read((s) => s.threads!.map((t) => t.key));
    expect(keys).toHaveLength(10);
    expect(keys).toContain("C1:new60");
    expect(keys.some((k) => k.includes("old"))).toBe(false);
    expect(threads.has("C1", "new60", at(31))).toBe(true);
    expect(threads.has("C1", "new0", at(31))).toBe(false);
  });
});
