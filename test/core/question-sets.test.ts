import { describe, expect, it } from "vitest";
import { testBot } from "../helpers/bot.js";
import { passes, readQuestions } from "../helpers/score.js";

// Two question sets written from the plan document by people who did not read the code, scored with the
// evaluation's rules (tasks and targets exact, intent, phrases in the text). They guard understanding as
// a whole: a change that helps one phrasing and breaks others shows here.
async function failures(file: string, allowed: number): Promise<string[]> {
  const questions = readQuestions(file);
  const { ask } = testBot();
  const failed: string[] = [];
  for (const q of questions) {
    const a = await ask(q.text);
    if (!passes(q, a)) failed.push(`${q.id} ${q.text} → ${a.intent} ${JSON.stringify(a.tasks)} ${JSON.stringify(a.targets)}`);
  }
  return failed.length / questions.length > allowed ? failed : [];
}

describe("held-out question sets", () => {
  // Sets a–c were used to find general causes of misreadings and are held to 97%; d (negation, overlaps,
  // value filters, date ranges) and e to 90%; f and g, written last, to 94–95%.
  it.each([
    ["set-a", 0.03],
    ["set-b", 0.03],
    ["set-c", 0.03],
    ["set-d", 0.1],
    ["set-e", 0.1],
    ["set-f", 0.05],
    ["set-g", 0.06],
  ] as const)("%s: at most %d of the questions wrong", async (name, allowed) => {
    expect(await failures(`test/fixtures/questions/${name}.jsonl`, allowed)).toEqual([]);
  });
});
