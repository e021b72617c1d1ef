import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/core/intents/answer.js";
import { createClassifier } from "../../../src/core/intents/classify.js";
import { featuresOf } from "../../../src/core/intents/features.js";
import { createEntityReader } from "../../../src/core/language/entities.js";
import { readFileSync, readdirSync } from "node:fs";
import { language, plan } from "../../helpers/bot.js";

// The intents are learned from the examples in intents/*.json: held-out examples must be understood
// (k-fold), every example must be learned, and no negative may be read as the intent it is listed under.
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

function kFoldAccuracy(k = 5): { accuracy: number; total: number; misses: string[] } {
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = language.intents.map((i) => ({ ...i, examples: i.examples.length < k ? i.examples : i.examples.filter((_, j) => j % k !== fold) }));
    const classifier = createClassifier(train, read);
    for (const intent of language.intents) {
      intent.examples.forEach((x, j) => {
        if (j % k !== fold || intent.examples.length < k) return;
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

describe("intent examples", () => {
  it("k-fold accuracy over the examples stays at 90% or more", () => {
    const { accuracy, total, misses } = kFoldAccuracy();
    expect(total).toBeGreaterThan(500);
    expect(accuracy, misses.join("\n")).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  const answerer = createAnswerer(plan, language);
  const classify = (text: string) => answerer.understand(text, 5).classification.intent;

  it("every example maps to its intent and no negative to the intent it is listed under", () => {
    const wrong = language.intents.flatMap((i) => [
      ...i.examples.filter((x) => classify(x.text) !== i.id).map((x) => `${i.id} example: ${x.text} → ${classify(x.text)}`),
      ...i.negatives.filter((x) => classify(x) === i.id).map((x) => `${i.id} negative: ${x}`),
    ]);
    expect(wrong).toEqual([]);
  });

  it("declares no negation conditions: intents are taught by examples", () => {
    for (const file of readdirSync("intents").filter((f) => f.endsWith(".json"))) {
      const text = readFileSync(`intents/${file}`, "utf8");
      expect(text, file).not.toMatch(/"-[a-z]/);
      expect(JSON.parse(text)).not.toHaveProperty("when");
    }
  });
});
