import { describe, expect, test } from "vitest";
import { modelIntents } from "../../../src/adapters/openai/answer-schema.js";
import { modelAnswer } from "../../fakes/openai-api.js";
import { language, testBot } from "../../helpers/bot.js";
import { fakeOpenAi, fallbackFor } from "./support.js";

// Falls through the rules (no agency, task or period the rules can read), so the bot asks the model.
const TEXT = "bên ấy thì sao?";

// Intents whose conditions need an entity (an agency, a period, a task, a status, a group...): proposed
// bare, they must not reach their handler.
const NEEDS_A_SLOT = ["agency", "due", "duty", "section", "status_list", "task", "topic"];

describe("a model proposal missing the slot its intent needs", () => {
  test("agency with no agency is not answered as «undefined không chủ trì…»", async () => {
    const expected = await testBot().ask(TEXT);
    const fake = await fakeOpenAi({ responder: () => modelAnswer({ intent: "agency" }) });
    const { fallback } = fallbackFor(fake);
    const reply = await testBot({ fallback }).ask(TEXT);
    expect(fake.requests).toHaveLength(1);
    expect(reply.text).not.toContain("undefined");
    expect(reply).toEqual(expected);
  });

  test("the same holds for every intent with slots; a bare proposal never crashes nor says undefined", async () => {
    const expected = await testBot().ask(TEXT);
    const offered = modelIntents(language).map((i) => i.id);
    expect(offered).toEqual(expect.arrayContaining(NEEDS_A_SLOT));
    for (const intent of offered) {
      const fake = await fakeOpenAi({ responder: () => modelAnswer({ intent }) });
      const { fallback } = fallbackFor(fake);
      const reply = await testBot({ fallback }).ask(TEXT);
      expect(reply.text, intent).not.toMatch(/undefined|NaN|\[object/);
      if (NEEDS_A_SLOT.includes(intent)) expect(reply, intent).toEqual(expected);
    }
  }, 60_000);

  test("with its slot the same proposal is taken", async () => {
    const fake = await fakeOpenAi({ responder: () => modelAnswer({ intent: "agency", agencies: ["so-tai-chinh"] }) });
    const { fallback } = fallbackFor(fake);
    const reply = await testBot({ fallback }).ask(TEXT);
    expect(reply.intent).toBe("agency");
    expect(reply.text).toContain("Sở Tài chính");
  });
});
