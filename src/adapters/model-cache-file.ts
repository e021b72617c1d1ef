import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { ModelWeights } from "../core/intents/model.js";
import type { ModelCache } from "../ports/model-cache.js";
import { ROOT } from "./package-root.js";

interface Header {
  key: string;
  classes: number;
  features: string[];
  values: number[];
  bias: number[];
}

function distBuild(): string | undefined {
  if (!fileURLToPath(import.meta.url).includes(`${sep}dist${sep}`)) return undefined;
  try {
    return String(statSync(join(ROOT, "dist", ".built")).mtimeMs);
  } catch {
    return undefined;
  }
}

/**
 * The trained intent model in node_modules/.cache/cchc-bot (weights as raw float64, so they come back
 * bit for bit). Only for the compiled dist/: its build stamp stands for the code that read the examples;
 * from src/ (tsx, tests) any edit could change the features, so there is no cache (`build` names one for tests).
 */
export function fileModelCache(dir: string = join(ROOT, "node_modules", ".cache", "cchc-bot"), build = distBuild()): ModelCache | undefined {
  if (build === undefined) return undefined;
  const head = join(dir, "intent-model.json");
  const body = join(dir, "intent-model.bin");
  return {
    get(key) {
      try {
        const h = JSON.parse(readFileSync(head, "utf8")) as Header;
        if (h.key !== `${build}:${key}`) return undefined;
        const bytes = readFileSync(body);
        const w = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
        if (w.length !== h.features.length * h.classes) return undefined;
        return { classes: h.classes, features: h.features, values: h.values, w, bias: Float64Array.from(h.bias) };
      } catch {
        return undefined; // no cache yet, or a damaged one: train
      }
    },
    set(key, m: ModelWeights) {
      const header: Header = { key: `${build}:${key}`, classes: m.classes, features: m.features, values: m.values, bias: [...m.bias] };
      try {
        mkdirSync(dir, { recursive: true });
        // The old header goes first and the new one comes last: a header only ever names its own weights.
        rmSync(head, { force: true });
        writeFileSync(`${body}.tmp`, new Uint8Array(m.w.buffer, m.w.byteOffset, m.w.byteLength));
        renameSync(`${body}.tmp`, body);
        writeFileSync(`${head}.tmp`, JSON.stringify(header));
        renameSync(`${head}.tmp`, head);
      } catch {
        // A read-only install only loses the speed-up.
      }
    },
  };
}
