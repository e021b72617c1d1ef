import { mkdirSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** The compiled entry points (built by test/global-setup.ts): a start costs about a third of the CPU of tsx. */
export const CLI = join(ROOT, "dist", "cli.js");
export const MAIN = join(ROOT, "dist", "main.js");

/**
 * A test's own TypeScript child script bundled into one .mjs (removed when the test process exits), so each
 * spawn starts plain JavaScript instead of compiling through tsx. It sits under node_modules/ so that the npm
 * packages it leaves external resolve.
 */
export async function compiledChild(file: string): Promise<string> {
  const dir = join(ROOT, "node_modules", ".cache", "cchc-test-children");
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `${basename(file, ".ts")}-${process.pid}.mjs`);
  process.once("exit", () => rmSync(out, { force: true }));
  await build({ entryPoints: [file], outfile: out, bundle: true, packages: "external", platform: "node", format: "esm", target: "node20", logLevel: "silent" });
  return out;
}
