import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testBot } from "../helpers/bot.js";

// Two question sets written from the plan document by people who did not read the code, scored with the
// evaluation's rules (tasks and targets exact, intent, phrases in the text). They guard understanding as
// a whole: a change that helps one phrasing and breaks others shows here.
interface Question {
  id: string;
  text: string;
  tasks?: string[];
  optional?: string[];
  targets?: string[];
  intent?: string | string[];
  say?: (string | string[])[];
}

const norm = (s: string) => s.normalize("NFC").toLowerCase().replace(/(ủy|uỷ) ban nhân dân/g, "ubnd");
const mentions = (text: string, phrase: string) => {
  const t = norm(text);
  const p = norm(phrase);
  for (let i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) if (!/[\p{L}\p{N}]/u.test(t[i + p.length] ?? "")) return true;
  return false;
};
const sameSet = (got: string[], want: string[], optional: string[] = []) =>
  want.every((x) => got.includes(x)) && got.every((x) => want.includes(x) || optional.includes(x));

async function failures(file: string): Promise<string[]> {
  const questions = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Question);
  const { ask } = testBot();
  const failed: string[] = [];
  for (const q of questions) {
    const a = await ask(q.text);
    const ok =
      (!q.tasks || sameSet(a.tasks, q.tasks, q.optional)) &&
      (!q.targets || sameSet(a.targets, q.targets)) &&
      (q.intent === undefined || [q.intent].flat().includes(a.intent)) &&
      (q.say ?? []).every((s) => [s].flat().some((x) => mentions(a.text, x)));
    if (!ok) failed.push(`${q.id} ${q.text} → ${a.intent} ${JSON.stringify(a.tasks)} ${JSON.stringify(a.targets)}`);
  }
  return failed.length / questions.length > 0.03 ? failed : [];
}

describe("held-out question sets", () => {
  it.each(["set-a", "set-b"])("%s: at least 97% answered right", async (name) => {
    expect(await failures(`test/fixtures/questions/${name}.jsonl`)).toEqual([]);
  });
});
