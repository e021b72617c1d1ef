import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { createAnswerer } from "../../../src/core/intents/answer.js";
import { language, plan } from "../../helpers/bot.js";
import { kFoldAccuracy } from "../../helpers/intent-kfold.js";

// The intents are learned from the examples in intents/*.json: held-out examples must be understood
// (k-fold), every example must be learned, and no negative may be read as the intent it is listed under.
describe("intent examples", () => {
  it("k-fold accuracy over the examples stays at 90% or more", () => {
    const { accuracy, total, misses } = kFoldAccuracy(plan, language);
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
