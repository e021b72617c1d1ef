import type { Entities } from "../language/entities.js";

/** A sparse binary feature vector: the names of the features a message has. */
export type FeatureList = string[];

// Numbers say "an id" or "a date", not which one: "nhiệm vụ 13" and "nhiệm vụ 9" read alike.
function token(word: string): string {
  if (/^\d+%$/.test(word)) return "<pct>";
  if (/^\d+(?:\/\d+)+$/.test(word)) return "<date>";
  if (/\d/.test(word) && /\//.test(word)) return "<docno>";
  if (/^#?\d+(?:\.\d+)*$/.test(word)) return "<num>";
  return word;
}

/**
 * What the classifier sees: folded word unigrams and bigrams, character 3–4-grams inside words (so
 * "hoàn thành"/"hoan thanh"/"hthanh" share evidence), and the entity evidence the extractor found
 * (`e:task`, `e:period`, `e:cue:who` …) with every pair of them, which lets a linear model learn that
 * a status word *with* a task id is a report while a status word alone asks for a list.
 */
export function textFeatures(e: Pick<Entities, "folded">, evidence: Iterable<string>): FeatureList {
  const out = new Set<string>();
  const ws = e.folded
    .split(/[^a-z0-9%#/<>.]+/)
    .filter(Boolean)
    .map(token);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    out.add(`w:${w}`);
    out.add(`b:${i ? ws[i - 1] : "^"}_${w}`);
    if (w.startsWith("<") || w.length < 3) continue;
    const padded = `^${w}$`;
    for (let n = 3; n <= 4; n++) for (let j = 0; j + n <= padded.length; j++) out.add(`c:${padded.slice(j, j + n)}`);
  }
  if (ws.length) out.add(`b:${ws[ws.length - 1]}_$`);
  out.add(`len:${Math.min(ws.length, 8) >> 1}`);
  const ev = [...evidence].sort();
  if (!ev.length) out.add("e:none");
  for (let i = 0; i < ev.length; i++) {
    out.add(`e:${ev[i]}`);
    for (let j = i + 1; j < ev.length; j++) out.add(`p:${ev[i]}&${ev[j]}`);
  }
  return [...out];
}
