import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The core knows nothing of platforms, storage engines, LLMs or the file system.
const FORBIDDEN = ["@slack/", "axios", "lowdb", "openai", "node:fs", '"fs"', "'fs'", "write-file-atomic", "proper-lockfile", "pino"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("core boundary", () => {
  const sources = files("src/core");
  it("has sources to check", () => expect(sources.length).toBeGreaterThan(10));
  it.each(sources)("%s imports no platform, storage, LLM or fs module", (path) => {
    const imports = [...readFileSync(path, "utf8").matchAll(/^\s*import[^;]*?from\s+["']([^"']+)["']/gms)].map((m) => m[1]!);
    const bad = imports.filter((spec) => FORBIDDEN.some((f) => spec.includes(f.replace(/["']/g, ""))));
    expect(bad).toEqual([]);
    expect(imports.filter((spec) => spec.includes("/adapters/") || spec.includes("/commands/"))).toEqual([]);
  });
});
