// Start-up as a user meets it: the compiled terminal chat started, asked one question and told to leave,
// and one `bot ask`, each in a fresh process on an empty data directory (median of `runs`).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
// @ts-expect-error: a plain .mjs script without type declarations.
import { buildDist, isStale } from "../../scripts/build.mjs";
import { CLI, MAIN } from "../helpers/compiled.js";

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function timed(args: string[], input: string, dataDir: string): Promise<Timing> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" }, stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stdin.end(input);
  return new Promise((resolve, reject) =>
    child.on("exit", (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0 || !out.includes("Văn phòng UBND tỉnh")) return reject(new Error(`start-up bench: exit ${code}, output ${JSON.stringify(out.slice(0, 200))}`));
      // resourceUsage of the child is not exposed by spawn; CPU is read from /proc when there is one.
      resolve({ wallMs, cpuMs: Number.NaN });
    }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function startupBench(runs = 3) {
  if (isStale()) await buildDist({ quiet: true });
  const rows = [];
  for (const [what, args, input] of [
    ["terminal chat: start, «nhiệm vụ 13», «thoát»", [MAIN], "nhiệm vụ 13\nthoát\n"],
    ["bot ask \"ai chủ trì nhiệm vụ 13\" (one-shot)", [CLI, "ask", "ai chủ trì nhiệm vụ 13"], ""],
  ] as const) {
    const walls: number[] = [];
    for (let i = 0; i < runs; i++) {
      const dir = mkdtempSync(join(tmpdir(), "cchc-startup-"));
      try {
        walls.push((await timed([...args], input, dir)).wallMs);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    rows.push({ what, [`median of ${runs}, ms`]: Math.round(median(walls)), "runs, ms": walls.map(Math.round).join(" / "), "target": what.startsWith("terminal") ? "< 2000" : "" });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await startupBench());
