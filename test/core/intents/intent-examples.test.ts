import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/core/intents/answer.js";
import { language, plan } from "../../helpers/bot.js";

// Every example in intents/*.json must map to its intent, and no negative may.
const answerer = createAnswerer(plan, language);
const classify = (text: string) => answerer.understand(text, 5).classification.intent;

describe.each(language.intents.map((i) => [i.id, i] as const))("intent %s", (id, intent) => {
  it.each(intent.examples.map((e) => e.text))("example %j", (text) => {
    expect(classify(text)).toBe(id);
  });
  if (intent.negatives.length) {
    it.each(intent.negatives)("negative %j", (text) => {
      expect(classify(text)).not.toBe(id);
    });
  }
});
