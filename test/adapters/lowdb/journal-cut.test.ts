import { appendFile, cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openFileStore } from "../../../src/adapters/lowdb/file-store.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { appendRecord, recordingLogger, tempDir } from "./support.js";

let dir: string;
let copy: string;
const cleanups: (() => Promise<void>)[] = [];

beforeEach(async () => {
  const a = await tempDir();
  const b = await tempDir();
  dir = a.dir;
  copy = b.dir;
  cleanups.push(a.remove, b.remove);
});
afterEach(async () => {
  for (const remove of cleanups.splice(0)) await remove();
});

/** Five confirmed updates after the snapshot, then every file copied aside as a SIGKILL would leave them. */
async function crashedWithFiveInTheJournal(): Promise<void> {
  const store = await openFileStore({ dataDir: dir, logger: silentLogger });
  for (let i = 0; i < 5; i++) await store.update(appendRecord);
  await cp(dir, copy, { recursive: true, filter: (src) => !src.endsWith(".lock") });
  await store.close();
}

const journal = () => path.join(copy, "cchc-bot.journal");
const warnings = (logger: ReturnType<typeof recordingLogger>) => logger.lines.filter((l) => l.level === "warn").map((l) => l.msg ?? "");

async function reopen() {
  const logger = recordingLogger();
  const store = await openFileStore({ dataDir: copy, logger });
  const seqs = store.read((s) => s.records.map((r) => r.seq));
  await store.close();
  return { logger, seqs };
}

describe("a journal cut short after its updates were confirmed", () => {
  it("is noticed when cut exactly at a line boundary, naming the missing entries and where to look", async () => {
    await crashedWithFiveInTheJournal();
    const lines = (await readFile(journal(), "utf8")).split("\n").filter(Boolean);
    expect(lines).toHaveLength(5);
    await writeFile(journal(), `${lines.slice(0, 3).join("\n")}\n`);
    const { logger, seqs } = await reopen();
    expect(seqs).toEqual([1, 2, 3]);
    const [warning] = warnings(logger);
    expect(warning).toContain("2 confirmed update(s), journal entries 4 to 5, are missing");
    expect(warning).toContain(journal());
    expect(warning).toMatch(/No backup holds them \(the newest, .*backups.*, ends at entry 0\)/);
    expect(warning).not.toContain("unconfirmed");
    // Told once: the store goes on from what it has, and the next open is quiet.
    expect(warnings((await reopen()).logger)).toEqual([]);
  });

  it("is noticed when the journal was deleted", async () => {
    await crashedWithFiveInTheJournal();
    await rm(journal());
    const { logger, seqs } = await reopen();
    expect(seqs).toEqual([]);
    expect(warnings(logger)[0]).toContain("5 confirmed update(s), journal entries 1 to 5, are missing");
  });

  it("calls a confirmed line cut mid-way missing, not an unconfirmed update", async () => {
    await crashedWithFiveInTheJournal();
    const text = await readFile(journal(), "utf8");
    await writeFile(journal(), text.slice(0, text.length - 40));
    const { logger, seqs } = await reopen();
    expect(seqs).toEqual([1, 2, 3, 4]);
    expect(warnings(logger)).toEqual([expect.stringContaining("1 confirmed update(s), journal entries 5 to 5, are missing")]);
  });

  it("still calls a torn line that was never confirmed an unconfirmed update, and keeps everything confirmed", async () => {
    await crashedWithFiveInTheJournal();
    await appendFile(journal(), '{"c":6,"p":[{"op":"add","pa');
    const { logger, seqs } = await reopen();
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    expect(warnings(logger)).toEqual(["store: dropped an unconfirmed update cut short by a crash"]);
  });
});
