import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The directory holding package.json (and seeds/, intents/): found by walking up from this file, so the
 * same code finds the data when run from src/ (tsx), from the compiled dist/, or from any working directory.
 */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "seeds"))) return dir;
    if (dirname(dir) === dir) throw new Error(`cchc-bot: no package root (package.json next to seeds/) above ${from}`);
  }
}

export const ROOT = packageRoot();
