import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, expect, it } from "vitest";
import { tempDir } from "./support.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const bundle = path.join(os.tmpdir(), `cchc-lock-racer-${process.pid}.cjs`);
// Against the old unlink-then-link takeover, 2 to 4 of 5 racers took the lock in most rounds.
const RACERS = 5;
const ROUNDS = 12;

// One bundled file starts in ~50 ms, against ~300 ms for tsx compiling the child on every spawn.
beforeAll(async () => {
  await build({ entryPoints: [path.join(here, "lock-racer.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: bundle, logLevel: "silent" });
});
afterAll(() => rm(bundle, { force: true }));

interface Racer {
  child: ChildProcessWithoutNullStreams;
  next(): Promise<string>;
  ready: Promise<string>;
}

function racer(dir: string): Racer {
  const child = spawn(process.execPath, [bundle, dir]);
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let rest = "";
  child.stdout.on("data", (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split("\n");
    rest = parts.pop()!;
    for (const line of parts) waiting.length ? waiting.shift()!(line) : lines.push(line);
  });
  child.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  const next = () => (lines.length ? Promise.resolve(lines.shift()!) : new Promise<string>((resolve) => waiting.push(resolve)));
  return { child, next, ready: next() };
}

const killed = (r: Racer) => new Promise<void>((resolve) => (r.child.exitCode !== null || r.child.signalCode ? resolve() : (r.child.once("exit", () => resolve()), r.child.kill("SIGKILL"))));

it(`gives a SIGKILLed owner's lock to exactly one of ${RACERS} processes starting together, ${ROUNDS} times`, async () => {
  const { dir, remove } = await tempDir();
  const racers: Racer[] = [];
  const winners: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      while (racers.length < RACERS) racers.push(racer(dir));
      for (const r of racers) expect(await r.ready).toBe("ready");
      // The first round's winner takes a free lock; in every later round the lock is the previous winner's,
      // SIGKILLed: stale, and all racers see it at the same moment.
      const at = Date.now() + 150;
      for (const r of racers) r.child.stdin.write(`go ${at}\n`);
      const outcomes = await Promise.all(racers.map((r) => r.next()));
      for (const outcome of outcomes) expect(outcome).toMatch(/^(won|lost STORE_LOCKED)$/);
      const won = racers.filter((_, i) => outcomes[i] === "won");
      winners.push(won.length);
      await Promise.all(won.map(killed));
      for (const w of won) racers.splice(racers.indexOf(w), 1);
    }
  } finally {
    await Promise.all(racers.map(killed));
    await remove();
  }
  expect(winners).toEqual(Array.from({ length: ROUNDS }, () => 1));
}, 120_000);
