import { execFileSync } from "node:child_process";
import { appendFile, copyFile, cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openFileStore } from "../../../src/adapters/lowdb/file-store.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { appendRecord, recordingLogger, tempDir } from "./support.js";

let dir: string;
let remove: () => Promise<void>;
let file: string;
const open = (logger = silentLogger) => openFileStore({ dataDir: dir, logger });

beforeEach(async () => {
  ({ dir, remove } = await tempDir());
  file = path.join(dir, "cchc-bot.json");
  const store = await open();
  for (let i = 0; i < 3; i++) await store.update(appendRecord);
  await store.close(); // snapshot at entry 3, and a backup of it at the next open
  await (await open()).close();
});
afterEach(() => remove());

/** Runs the `cp` line of the hint, as an operator would, and checks the store opens with the data. */
async function followCpHint(message: string): Promise<void> {
  const cpLine = /^ {2}cp "([^"]+)" "([^"]+)"$/m.exec(message);
  expect(cpLine?.[2]).toBe(file);
  await copyFile(cpLine![1]!, cpLine![2]!);
  const store = await open();
  expect(store.read((s) => s.records.map((r) => r.seq))).toEqual([1, 2, 3]);
  await store.close();
}

describe("a damaged state file at open", () => {
  const good = async () => readFile(file);
  const cases: [string, (bytes: Buffer) => Buffer | string, RegExp][] = [
    ["truncated", (b) => b.subarray(0, Math.floor(b.length / 2)), /not valid JSON, probably truncated/],
    ["empty", () => "", /the file is empty/],
    ["NUL-filled", (b) => Buffer.alloc(b.length), /only NUL bytes/],
    ["NUL tail", (b) => Buffer.concat([b.subarray(0, 40), Buffer.alloc(4096)]), /contains NUL bytes \(first at byte 40\)/],
    ["wrong shape", (b) => b.toString().replace('"seq":2,', '"seq":"two",'), /wrong shape: records\.1\.seq: .*expected number/],
    ["a newer schema", (b) => b.toString().replace('"version":1', '"version":2'), /schema version 2, but this cchc-bot reads version 1/],
  ];

  it.each(cases)("%s: refused with STORE_CORRUPT, left untouched, restorable with the given command", async (_, damage, problem) => {
    await writeFile(file, damage(await good()));
    const damaged = await readFile(file);
    const err = await open().then(
      () => undefined,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(err?.code).toBe("STORE_CORRUPT");
    expect(err?.message).toContain(file);
    expect(err?.message).toMatch(problem);
    expect(err?.message).toContain("The file was left untouched");
    expect(await readFile(file)).toEqual(damaged);
    await followCpHint(err!.message); // also proves the failed open released its lock
  });

  it("says so when no good backup exists, and how to start empty", async () => {
    await writeFile(file, "{");
    await rm(path.join(dir, "backups"), { recursive: true });
    const err = await open().catch((e: Error & { code: string }) => e);
    expect(err).toMatchObject({ code: "STORE_CORRUPT", message: expect.stringContaining("No good backup was found") });
    expect((err as Error).message).toContain(`mv "${file}" "${file}.bad"`);
  });

  it("a missing file is not silently replaced by an empty state when backups exist", async () => {
    await rm(file);
    const err = await open().then(
      () => undefined,
      (e: Error & { code: string }) => e,
    );
    expect(err).toMatchObject({ code: "STORE_MISSING" });
    await followCpHint(err!.message);
  });

  it("removes temp files left by an interrupted write and keeps the real file", async () => {
    const before = await readFile(file);
    await writeFile(`${file}.2837461`, '{"version":1,"seq":4,"rec');
    await mkdir(path.join(dir, "backups"), { recursive: true });
    const backupTemp = path.join(dir, "backups", "cchc-bot.2023-01-01T00-00-00-000Z.c9.json.77");
    await writeFile(backupTemp, "{");
    const logger = recordingLogger();
    const store = await open(logger);
    expect(store.read((s) => s.seq)).toBe(3);
    await store.close();
    expect(await readdir(dir)).not.toContain("cchc-bot.json.2837461");
    expect(await readdir(path.join(dir, "backups"))).not.toContain(path.basename(backupTemp));
    expect(await readFile(file)).toEqual(before);
    expect(logger.lines.find((l) => l.level === "warn")?.msg).toMatch(/temp files/);
  });
});

describe("a damaged journal at open", () => {
  /** A live store's files copied aside: what a crash leaves behind. */
  async function crashedCopy(updates: number): Promise<string> {
    const store = await open();
    for (let i = 0; i < updates; i++) await store.update(appendRecord);
    const copy = path.join(dir, "crashed");
    await mkdir(copy);
    for (const name of ["cchc-bot.json", "cchc-bot.journal"]) await cp(path.join(dir, name), path.join(copy, name));
    await store.close();
    return copy;
  }

  it("drops a torn last line (an update never confirmed) with a warning", async () => {
    const copy = await crashedCopy(4);
    await appendFile(path.join(copy, "cchc-bot.journal"), '{"c":8,"p":[{"op":"add","path":["rec');
    const logger = recordingLogger();
    const store = await openFileStore({ dataDir: copy, logger });
    expect(store.read((s) => s.records.map((r) => r.seq))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(logger.lines.some((l) => l.level === "warn" && /unconfirmed update/.test(l.msg ?? ""))).toBe(true);
    await store.close();
  });

  it("refuses a bad line in the middle, untouched, with the exact command that keeps the good part", async () => {
    const copy = await crashedCopy(4);
    const journal = path.join(copy, "cchc-bot.journal");
    const lines = (await readFile(journal, "utf8")).split("\n");
    lines[1] = "\0".repeat(lines[1]!.length);
    await writeFile(journal, lines.join("\n"));
    const damaged = await readFile(journal);
    const err = await openFileStore({ dataDir: copy, logger: silentLogger }).catch((e: Error & { code: string }) => e);
    expect(err).toMatchObject({ code: "STORE_CORRUPT", message: expect.stringContaining(`${journal} is corrupt at line 2`) });
    expect(await readFile(journal)).toEqual(damaged);
    const command = /^ {2}(head -n 1 .*)$/m.exec((err as Error).message)![1]!;
    execFileSync("bash", ["-c", command]);
    const store = await openFileStore({ dataDir: copy, logger: silentLogger });
    expect(store.read((s) => s.seq)).toBe(4);
    await store.close();
  });

  it("refuses a journal that does not continue the snapshot", async () => {
    const copy = await crashedCopy(2);
    const journal = path.join(copy, "cchc-bot.journal");
    const text = await readFile(journal, "utf8");
    await writeFile(journal, text.replace('{"c":4,', '{"c":40,').replace('{"c":5,', '{"c":41,'));
    await expect(openFileStore({ dataDir: copy, logger: silentLogger })).rejects.toMatchObject({
      code: "STORE_CORRUPT",
      message: expect.stringMatching(/starts at entry 40, but .* ends at entry 3/),
    });
  });
});
