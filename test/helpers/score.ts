import { readFileSync } from "node:fs";
import type { Reply } from "../../src/core/message.js";

/** A question in the evaluation's format (../shared/eval/score.mjs). */
export interface Question {
  id: string;
  text: string;
  tasks?: string[];
  optional?: string[];
  targets?: string[];
  intent?: string | string[];
  say?: (string | string[])[];
}

export const readQuestions = (file: string): Question[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Question);

// The same rules as ../shared/eval/score.mjs, so a pass here means what it means there.
const norm = (s: string) =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/(ủy|uỷ) ban nhân dân/g, "ubnd");
function mentions(text: string, phrase: string): boolean {
  const t = norm(text);
  const p = norm(phrase);
  for (let i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) if (!/[\p{L}\p{N}]/u.test(t[i + p.length] ?? "")) return true;
  return false;
}
const sameSet = (got: readonly string[], want: string[], optional: string[] = []) => want.every((x) => got.includes(x)) && got.every((x) => want.includes(x) || optional.includes(x));

export function passes(q: Question, a: Reply): boolean {
  if (q.tasks && !sameSet(a.tasks, q.tasks, q.optional)) return false;
  if (q.targets && !sameSet(a.targets, q.targets)) return false;
  if (q.intent !== undefined && ![q.intent].flat().includes(a.intent)) return false;
  return (q.say ?? []).every((s) => [s].flat().some((x) => mentions(a.text, x)));
}
