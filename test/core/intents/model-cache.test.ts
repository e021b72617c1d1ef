import { describe, expect, it } from "vitest";
import { createClassifier } from "../../../src/core/intents/classify.js";
import { featuresOf } from "../../../src/core/intents/features.js";
import type { ModelWeights } from "../../../src/core/intents/model.js";
import { createEntityReader } from "../../../src/core/language/entities.js";
import type { ModelCache } from "../../../src/ports/model-cache.js";
import { language, plan } from "../../helpers/bot.js";

const reader = createEntityReader(plan, language.vocabulary);
const read = (text: string) => {
  const e = reader.read(text, 5);
  return { e, evidence: featuresOf(e) };
};
const questions = ["ai chủ trì nhiệm vụ 13", "Quý II có những nhiệm vụ nào?", "Sở Tư pháp có nhiệm vụ gì?", "tell me a joke", "nhiệm vụ 7 đã hoàn thành"];

function memoryCache(): ModelCache & { entries: Map<string, ModelWeights> } {
  const entries = new Map<string, ModelWeights>();
  return { entries, get: (key) => entries.get(key), set: (key, m) => void entries.set(key, m) };
}

describe("trained model cache", () => {
  it("a classifier restored from the cache reads every question exactly as a freshly trained one, without reading the examples", () => {
    const store = memoryCache();
    const fresh = createClassifier(language.intents, read, { store, key: "k1" });
    expect(store.entries.size).toBe(1);
    const notRead = () => {
      throw new Error("the examples were read again");
    };
    const restored = createClassifier(language.intents, notRead, { store, key: "k1" });
    for (const q of questions) {
      const { e, evidence } = read(q);
      const a = fresh.classify(e, evidence);
      const b = restored.classify(e, evidence);
      expect([b.intent, b.score, b.runnerUp]).toEqual([a.intent, a.score, a.runnerUp]);
    }
  });

  it("another key (changed intents, vocabulary or plan) trains again", () => {
    const store = memoryCache();
    createClassifier(language.intents, read, { store, key: "k1" });
    let reads = 0;
    createClassifier(language.intents, (text) => (reads++, read(text)), { store, key: "k2" });
    expect(reads).toBeGreaterThan(500);
    expect(store.entries.size).toBe(2);
  });
});
