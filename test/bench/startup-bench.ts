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
  // The child reports its own CPU time on exit (a shared machine inflates wall time, not CPU time).
  const child = spawn(process.execPath, ["--import", CPU_ON_EXIT, ...args], { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" }, stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  child.stdin.end(input);
  return new Promise((resolve, reject) =>
    child.on("exit", (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0 || !out.includes("Văn phòng UBND tỉnh")) return reject(new Error(`start-up bench: exit ${code}, output ${JSON.stringify(out.slice(0, 200))}`));
      resolve({ wallMs, cpuMs: Number(/cchc-cpu-ms:(\d+)/.exec(err)?.[1] ?? Number.NaN) });
    }),
  );
}

// biome-ignore lint/suspicious/noTemplateCurlyInString: the template literal is the child's own code.
const CPU_ON_EXIT = `data:text/javascript,${encodeURIComponent('process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write(`cchc-cpu-ms:${Math.round((u.user + u.system) / 1000)}\\n`); });')}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function startupBench(runs = 3) {
  if (isStale()) await buildDist({ quiet: true });
  const rows = [];
  for (const [what, args, input] of [
    ["terminal chat: start, «nhiệm vụ 13», «thoát»", [MAIN], "nhiệm vụ 13\nthoát\n"],
    ['bot ask "ai chủ trì nhiệm vụ 13" (one-shot)', [CLI, "ask", "ai chủ trì nhiệm vụ 13"], ""],
  ] as const) {
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < runs; i++) {
      const dir = mkdtempSync(join(tmpdir(), "cchc-startup-"));
      try {
        const t = await timed([...args], input, dir);
        walls.push(t.wallMs);
        cpus.push(t.cpuMs);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    rows.push({
      what,
      [`wall ms, median of ${runs}`]: Math.round(median(walls)),
      "wall runs": walls.map(Math.round).join(" / "),
      "CPU ms, median": median(cpus),
      target: what.startsWith("terminal") ? "< 2000 wall" : "",
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await startupBench());
