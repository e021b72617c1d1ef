import { createClassifier } from "../../src/core/intents/classify.js";
import type { IntentDefinition } from "../../src/core/intents/definition.js";
import { featuresOf } from "../../src/core/intents/features.js";
import { createEntityReader } from "../../src/core/language/entities.js";
import type { Language } from "../../src/core/intents/answer.js";
import type { Plan } from "../../src/core/plan/plan.js";

/**
 * k-fold accuracy of the intent classifier over the examples of intents/*.json: each example is
 * classified by a model trained without its fold. Intents with fewer than k examples always train.
 */
export function kFoldAccuracy(plan: Plan, language: Language, k = 5): { accuracy: number; total: number; misses: string[] } {
  const reader = createEntityReader(plan, language.vocabulary);
  const seen = new Map<string, { e: ReturnType<typeof reader.read>; evidence: Set<string> }>();
  const read = (text: string) => {
    const known = seen.get(text);
    if (known) return known;
    const e = reader.read(text, 5);
    const r = { e, evidence: featuresOf(e) };
    seen.set(text, r);
    return r;
  };
  const held = (i: IntentDefinition, j: number, fold: number) => i.examples.length >= k && j % k === fold;
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = language.intents.map((i) => ({ ...i, examples: i.examples.filter((_, j) => !held(i, j, fold)) }));
    const classifier = createClassifier(train, read);
    for (const intent of language.intents) {
      intent.examples.forEach((x, j) => {
        if (!held(intent, j, fold)) return;
        const { e, evidence } = read(x.text);
        const got = classifier.classify(e, evidence).intent;
        total++;
        if (got === intent.id) right++;
        else misses.push(`${intent.id} ← ${got}: ${x.text}`);
      });
    }
  }
  return { accuracy: right / total, total, misses };
}
