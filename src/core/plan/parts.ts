import { fold } from "../language/normalise.js";
import type { Target, TargetValue } from "./schema.js";

/**
 * The sub-value of a target a message names ("cấp xã" → "Bộ phận Một cửa cấp xã"), by the label
 * words it shares with the message. `strict`: only a clear winner counts; otherwise the first of the
 * best ties (the plan lists the main figure first).
 */
const COMMON = new Set(["ty", "le", "cac", "cua", "va", "tren", "chi", "tieu", "dat", "so", "la"]);

// A label's words depend on the plan only: folded once per value, not on every question about its target.
const labelWords = new WeakMap<TargetValue, string[]>();
function wordsOfLabel(v: TargetValue): string[] {
  let ws = labelWords.get(v);
  if (!ws) labelWords.set(v, (ws = fold(v.label!).split(" ")));
  return ws;
}

export function namedPart(target: Target, folded: string, strict = true): TargetValue | undefined {
  const asked = new Set(folded.split(" ").filter((w) => w.length >= 2 && !COMMON.has(w)));
  const scored = target.values
    .filter((v) => v.label)
    .map((v) => ({ v, n: new Set(wordsOfLabel(v).filter((w) => asked.has(w))).size }))
    .filter((x) => x.n >= (strict ? 2 : 1));
  const best = Math.max(0, ...scored.map((x) => x.n));
  const top = scored.filter((x) => x.n === best);
  if (top.length === 0 || (strict && top.length > 1)) return undefined;
  return top[0]!.v;
}
