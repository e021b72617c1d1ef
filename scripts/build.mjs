// Compiles src/ into dist/: one ESM file per entry point plus shared chunks (npm packages stay external),
// so `npm start` and `npm run bot` run plain JavaScript instead of compiling TypeScript on every start.
// Runs on `npm install` / `npm ci` (prepare) and again from scripts/run.mjs when src/ is newer than dist/.
// Type checking is `npm run typecheck`; esbuild only strips the types (~1 s against ~15 s for tsc).
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(ROOT, "dist");
const STAMP = join(DIST, ".built");
export const ENTRIES = ["main", "cli"];

function newestSource(dir = join(ROOT, "src")) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/ is missing or older than some file in src/ (or than this script). */
export function isStale() {
  try {
    const built = statSync(STAMP).mtimeMs;
    return built < newestSource() || built < statSync(fileURLToPath(import.meta.url)).mtimeMs || ENTRIES.some((e) => !statSync(join(DIST, `${e}.js`)).isFile());
  } catch {
    return true;
  }
}

/** Builds dist/ from src/ into a fresh directory, then swaps it in, so a start beside a build never sees half of one. */
export async function buildDist({ quiet = false } = {}) {
  const { build } = await import("esbuild");
  const started = performance.now();
  const next = `${DIST}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  await build({
    entryPoints: ENTRIES.map((e) => join(ROOT, "src", `${e}.ts`)),
    outdir: next,
    bundle: true,
    splitting: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
  });
  mkdirSync(next, { recursive: true });
  writeFileSync(join(next, ".built"), "");
  rmSync(DIST, { recursive: true, force: true });
  try {
    renameSync(next, DIST);
  } catch (error) {
    // Another build won the race; its dist/ is as good as ours.
    rmSync(next, { recursive: true, force: true });
    if (!statSync(STAMP, { throwIfNoEntry: false })) throw error;
  }
  if (!quiet) process.stderr.write(`cchc-bot: built dist/ in ${Math.round(performance.now() - started)} ms\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildDist();
