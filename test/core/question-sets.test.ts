import { describe, expect, it } from "vitest";
import { testBot } from "../helpers/bot.js";
import { passes, readQuestions } from "../helpers/score.js";

// Two question sets written from the plan document by people who did not read the code, scored with the
// evaluation's rules (tasks and targets exact, intent, phrases in the text). They guard understanding as
// a whole: a change that helps one phrasing and breaks others shows here.
async function failures(file: string): Promise<string[]> {
  const questions = readQuestions(file);
  const { ask } = testBot();
  const failed: string[] = [];
  for (const q of questions) {
    const a = await ask(q.text);
    if (!passes(q, a)) failed.push(`${q.id} ${q.text} → ${a.intent} ${JSON.stringify(a.tasks)} ${JSON.stringify(a.targets)}`);
  }
  return failed.length / questions.length > 0.03 ? failed : [];
}

describe("held-out question sets", () => {
  it.each(["set-a", "set-b", "set-c"])("%s: at least 97% answered right", async (name) => {
    expect(await failures(`test/fixtures/questions/${name}.jsonl`)).toEqual([]);
  });
});
