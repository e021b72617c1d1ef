import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "../../../src/adapters/plan-file.js";
import { modelAnswer, type FakeAnswer } from "../../fakes/openai-api.js";
import { testBot } from "../../helpers/bot.js";
import { passes, readQuestions, type Question } from "../../helpers/score.js";
import { fakeOpenAi, fallbackFor } from "./support.js";

const FILE = resolve(ROOT, "../shared/eval/dev-questions.jsonl");
const present = existsSync(FILE);

const GARBAGE: FakeAnswer[] = [
  { kind: "content", content: "I think you mean task 42!!" },
  { kind: "structured", value: { intent: "task", tasks: ["42"] } },
  { kind: "refusal", refusal: "I can't help with that." },
  modelAnswer({ intent: "unknown" }),
  { kind: "status", status: 500 },
];

describe.skipIf(!present)(present ? "the evaluation sample with the fallback on" : `the evaluation sample (skipped: ${FILE} not found)`, () => {
  test("a model answering garbage for everything changes no answer, and the score stays full", async () => {
    const questions: Question[] = readQuestions(FILE);
    const fake = await fakeOpenAi({ responder: () => GARBAGE[fake.requests.length % GARBAGE.length]! });
    const { fallback } = fallbackFor(fake, { timeoutMs: 500 });
    const off = testBot();
    const on = testBot({ fallback });
    let scoreOff = 0;
    let scoreOn = 0;
    let unknownToRules = 0;
    for (const q of questions) {
      const without = await off.ask(q.text);
      if (without.intent === "unknown") unknownToRules++;
      // What the rules cannot place meets every kind of garbage in turn.
      const tries = without.intent === "unknown" ? GARBAGE.length : 1;
      let allPass = true;
      for (let i = 0; i < tries; i++) {
        const withModel = await on.ask(q.text);
        expect(withModel, q.id).toEqual(without);
        allPass &&= passes(q, withModel);
      }
      if (passes(q, without)) scoreOff++;
      if (allPass) scoreOn++;
    }
    expect(scoreOff).toBe(questions.length);
    expect(scoreOn).toBe(questions.length);
    // The model was really consulted, for exactly the questions the rules could not place.
    expect(unknownToRules).toBeGreaterThan(0);
    expect(new Set(fake.requests.map((r) => r.message)).size).toBe(unknownToRules);
    expect(fake.requests.length).toBeGreaterThanOrEqual(unknownToRules * GARBAGE.length);
  });
});
