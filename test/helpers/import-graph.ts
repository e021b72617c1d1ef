import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** Every .ts file under a directory. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

// Static imports and re-exports, type-only ones included: a circle of types is still a circle of modules.
const IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/gm;

/** Relative imports of each file under `dir`, resolved to file paths relative to `dir`. */
export function importGraph(dir: string): Map<string, string[]> {
  const root = resolve(dir);
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const specs = [...readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => m[1]!).filter((s) => s.startsWith("."));
    const targets = specs.map((s) => relative(root, resolve(dirname(file), s)).replace(/\.js$/, ".ts"));
    graph.set(relative(root, file), [...new Set(targets)]);
  }
  return graph;
}

/** The groups of files that import each other in a circle (strongly connected components of two or more, or a self-import). */
export function importCircles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file)!.includes(file)) circles.push(group.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return circles;
}
