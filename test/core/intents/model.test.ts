import { describe, expect, it } from "vitest";
import { createClassifier } from "../../../src/core/intents/classify.js";
import type { IntentDefinition } from "../../../src/core/intents/definition.js";
import { featuresOf } from "../../../src/core/intents/features.js";
import { trainModel, type Sample } from "../../../src/core/intents/model.js";
import { textFeatures } from "../../../src/core/intents/text-features.js";
import { createEntityReader } from "../../../src/core/language/entities.js";
import { language, plan } from "../../helpers/bot.js";

const reader = createEntityReader(plan, language.vocabulary);
const read = (text: string) => {
  const e = reader.read(text, 5);
  return { e, evidence: featuresOf(e) };
};
const all = [true, true, true];
const sample = (words: string, label: number, allowed = all): Sample => ({ features: words.split(" ").map((w) => `w:${w}`), label, allowed });
const toy = [sample("xin chao", 0), sample("chao ban", 0), sample("cam on", 1), sample("cam on nhieu", 1), sample("quy hai", 2), sample("quy ba", 2)];

describe("softmax model", () => {
  it("gives the same probabilities on every training run", () => {
    const a = trainModel(toy, 3).predict(["w:chao", "w:quy"], all);
    const b = trainModel(toy, 3).predict(["w:chao", "w:quy"], all);
    expect(a).toEqual(b);
  });

  it("returns probabilities that sum to 1, with 0 for classes not allowed", () => {
    const model = trainModel(toy, 3);
    const p = model.predict(["w:cam", "w:on"], all);
    expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
    expect(p.indexOf(Math.max(...p))).toBe(1);
    const masked = model.predict(["w:cam", "w:on"], [true, false, true]);
    expect(masked[1]).toBe(0);
    expect(masked[0]! + masked[2]!).toBeCloseTo(1, 10);
  });

  it("learns from negatives that a sentence is not of a class", () => {
    const plain = trainModel([...toy, sample("chao quy", 2)], 3).predict(["w:chao", "w:quy"], all);
    const taught = trainModel([...toy, sample("chao quy", 2), { ...sample("chao quy", 2), negative: true }, sample("chao quy", 0)], 3).predict(["w:chao", "w:quy"], all);
    expect(taught[2]!).toBeLessThan(plain[2]!);
  });
});

describe("text features", () => {
  it("reads the same words with and without diacritics, numbers as a kind, and evidence in pairs", () => {
    const a = textFeatures(reader.read("Nhiệm vụ 13 đã hoàn thành", 5), ["task", "status"]);
    const b = textFeatures(reader.read("nhiem vu 9 da hoan thanh", 5), ["task", "status"]);
    expect(a).toEqual(b);
    expect(a).toContain("w:<num>");
    expect(a).toContain("c:^hoa");
    expect(a).toContain("p:status&task");
  });
});

describe("intent classifier", () => {
  const base = (examples: string[], id: string): IntentDefinition => ({ id, description: id, requires: [], slots: [], writes: false, examples: examples.map((text) => ({ text })), negatives: [] });
  const intents = [base(["xin chào", "chào bạn", "cảm ơn nhé"], "smalltalk"), base(["Quý II có những nhiệm vụ nào?", "quý 3 phải làm gì", "tháng 8 có việc gì"], "due")];

  it("changes a decision when one example sentence is added to an intent file", () => {
    const text = "mai làm gì tiếp nhỉ";
    const before = createClassifier(intents, read).classify(read(text).e, read(text).evidence).intent;
    const other = before === "due" ? 0 : 1;
    const taught = intents.map((i, k) => (k === other ? { ...i, examples: [...i.examples, { text: "mai làm gì tiếp" }] } : i));
    const after = createClassifier(taught, read).classify(read(text).e, read(text).evidence).intent;
    expect(after).not.toBe(before);
    expect(after).toBe(intents[other]!.id);
  });

  it("never picks an intent whose required entities are missing", () => {
    const needsTask = intents.map((i) => (i.id === "due" ? { ...i, requires: [["task"]] } : i));
    const { e, evidence } = read("Quý II có những nhiệm vụ nào?");
    expect(createClassifier(needsTask, read).classify(e, evidence).intent).toBe("smalltalk");
  });
});
