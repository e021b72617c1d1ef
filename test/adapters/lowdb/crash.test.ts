import { spawn } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openFileStore } from "../../../src/adapters/lowdb/file-store.js";
import { parseSnapshot } from "../../../src/adapters/lowdb/snapshot-file.js";
import { recordingLogger, tempDir } from "./support.js";

const KILLS = 110;
const here = path.dirname(fileURLToPath(import.meta.url));
const bundle = path.join(os.tmpdir(), `cchc-store-child-${process.pid}.cjs`);

// One bundled file starts in ~50 ms, against ~300 ms for tsx compiling the child on every spawn.
beforeAll(async () => {
  await build({ entryPoints: [path.join(here, "store-child.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: bundle, logLevel: "silent" });
});
afterAll(() => rm(bundle, { force: true }));

/** Deterministic choices of when to kill (the moments themselves still vary with timing). */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Runs the writer child and SIGKILLs it: mostly mid-burst, sometimes while it is still opening. */
function runAndKill(dataDir: string, next: () => number, confirmed: Set<number>): Promise<{ stderr: string; code: number | null }> {
  const child = spawn(process.execPath, [bundle, "burst", dataDir], { stdio: ["ignore", "pipe", "pipe"] });
  const kill = () => child.kill("SIGKILL");
  if (next() < 0.25) setTimeout(kill, next() * 150);
  let out = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    const lines = out.split("\n");
    out = lines.pop()!;
    for (const line of lines) {
      if (line === "ready") setTimeout(kill, next() * 40);
      else if (line.startsWith("ok ")) confirmed.add(Number(line.slice(3)));
    }
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ stderr, code })));
}

it(`keeps every confirmed update through ${KILLS} SIGKILLs at random moments`, async () => {
  const { dir, remove } = await tempDir();
  const next = random(20230601);
  const confirmed = new Set<number>();
  let slowestOpen = 0;
  const logger = recordingLogger();
  for (let run = 0; run < KILLS; run++) {
    const { stderr, code } = await runAndKill(dir, next, confirmed);
    expect(stderr).toBe("");
    expect(code).toBeNull(); // ended by the signal, not by an error of its own
    const snapshot = await readFile(path.join(dir, "cchc-bot.json")).catch(() => undefined);
    if (snapshot) expect(parseSnapshot(snapshot).ok).toBe(true); // never a half-written file
    const started = performance.now();
    const store = await openFileStore({ dataDir: dir, logger }); // the killed child's lock is stale
    slowestOpen = Math.max(slowestOpen, performance.now() - started);
    const seqs = store.read((s) => s.records.map((r) => r.seq));
    const top = store.read((s) => s.seq);
    await store.close();
    expect(seqs).toEqual(Array.from({ length: top }, (_, i) => i + 1)); // no gap, no double replay
    const lost = [...confirmed].filter((seq) => seq > top);
    expect(lost).toEqual([]);
  }
  expect(confirmed.size).toBeGreaterThan(KILLS); // the kills really landed among confirmed writes
  expect(slowestOpen).toBeLessThan(2000);
  const replays = logger.lines.filter((l) => (l.obj as { replayed?: number }).replayed! > 0).length;
  const staleLocks = logger.lines.filter((l) => /stale lock/.test(l.msg ?? "")).length;
  console.log(`crash test: ${confirmed.size} confirmed updates, ${replays} reopens replayed the journal, ${staleLocks} stale locks taken over`);
  expect(replays).toBeGreaterThan(KILLS / 4); // kills landed between checkpoints, not only in quiet moments
  await remove();
}, 90_000);
