import { describe, expect, it } from "vitest";
import { createClassifier } from "../../../src/core/intents/classify.js";
import type { IntentDefinition } from "../../../src/core/intents/definition.js";
import { featuresOf } from "../../../src/core/intents/features.js";
import { createEntityReader } from "../../../src/core/language/entities.js";
import { language, plan } from "../../helpers/bot.js";
import { readQuestions } from "../../helpers/score.js";

// Teaching one phrasing must not move unrelated answers: the training order of the other sentences does not
// depend on how many sentences there are, and the last epochs' weights are averaged.
const reader = createEntityReader(plan, language.vocabulary);
const memo = new Map<string, ReturnType<typeof readOne>>();
const readOne = (text: string) => {
  const e = reader.read(text, 5);
  return { e, evidence: featuresOf(e) };
};
const read = (text: string) => memo.get(text) ?? (memo.set(text, readOne(text)), memo.get(text)!);
const questions = ["a", "b", "c", "d", "e", "f", "g"].flatMap((n) => readQuestions(`test/fixtures/questions/set-${n}.jsonl`).map((q) => q.text));
const answers = (intents: readonly IntentDefinition[]) => {
  const c = createClassifier(intents, read);
  return questions.map((q) => c.classify(read(q).e, read(q).evidence).intent);
};
const withLine = (id: string, text: string) => language.intents.map((i) => (i.id === id ? { ...i, examples: [...i.examples, { text }] } : i));

describe("steady training", () => {
  const base = answers(language.intents);

  it("is the same on every run", () => {
    expect(answers(language.intents)).toEqual(base);
  });

  it.each([
    ["smalltalk", "cảm ơn nhiều nha"],
    ["task", "danh muc dich vu cong do ai lam"],
    ["agency", "Sở Tài chính phụ trách những việc gì"],
  ])("one more %s example line («%s») changes at most 2 of the held-out answers", (id, text) => {
    const after = answers(withLine(id, text));
    const changed = questions.flatMap((q, i) => (after[i] !== base[i] ? [`${q}: ${base[i]} → ${after[i]}`] : []));
    expect(changed.length, changed.join("\n")).toBeLessThanOrEqual(2);
  });
});
