import { describe, expect, test } from "vitest";
import { modelAnswer, type FakeAnswer } from "../../fakes/openai-api.js";
import { testBot } from "../../helpers/bot.js";
import { fakeOpenAi, fallbackFor } from "./support.js";

interface Case {
  text: string;
  /** What a good model answers. */
  model: FakeAnswer;
  intent: string;
  tasks?: string[];
  targets?: string[];
  say: string[];
}

// Each sentence is one the classifier cannot place from the intent examples (unknown, or only the catch-all
// body search, which finds nothing), so the bot asks the model; the tests keep that true.
const CASES: Case[] = [
  { text: "who hands out last year's reform awards?", model: modelAnswer({ intent: "task", tasks: ["1.2"] }), intent: "task", tasks: ["1.2"], say: ["Sở Nội vụ"] },
  { text: "mấy cái vụ máy tính cho anh em xã ai lo", model: modelAnswer({ intent: "task", tasks: ["20"] }), intent: "task", tasks: ["20"], say: ["Sở Nội vụ"] },
  {
    text: "the money people, anything on their plate?",
    model: modelAnswer({ intent: "agency", agencies: ["so-tai-chinh"] }),
    intent: "agency",
    tasks: ["21", "22"],
    targets: ["6.1", "6.2"],
    say: ["Sở Tài chính"],
  },
  {
    text: "stuff to wrap up in the first weeks of the year",
    model: modelAnswer({ intent: "due", period: "Q1" }),
    intent: "due",
    tasks: ["1", "1.1", "1.2", "2", "3", "4", "11", "12", "13", "19", "20", "23", "24", "25"],
    say: ["Quý I"],
  },
  {
    text: "things due before autumn",
    model: modelAnswer({ intent: "due", period: "H1" }),
    intent: "due",
    tasks: ["1", "1.1", "1.2", "2", "3", "4", "5", "7", "9", "10", "10.1", "10.2", "11", "12", "13", "18", "19", "20", "21", "23", "24", "25", "26", "27"],
    say: [],
  },
];

const sorted = (ids: readonly string[]) => [...ids].sort();

describe("paraphrases the rules miss", () => {
  test("every case falls through the rules: without a model the bot does not understand it", async () => {
    const { ask } = testBot();
    for (const c of CASES) {
      const reply = await ask(c.text);
      expect(["unknown", "passage"], c.text).toContain(reply.intent);
      expect([...reply.tasks, ...reply.targets], c.text).toEqual([]);
    }
  });

  test("with the model's reading, each is answered by the normal handlers", async () => {
    const fake = await fakeOpenAi();
    const byText = new Map(CASES.map((c) => [c.text, c.model]));
    fake.respond((r) => byText.get(r.message ?? "") ?? modelAnswer({ intent: "unknown" }));
    const { fallback, logger } = fallbackFor(fake);
    const { ask } = testBot({ fallback });
    for (const c of CASES) {
      const reply = await ask(c.text);
      expect(reply.intent, c.text).toBe(c.intent);
      if (c.tasks) expect(sorted(reply.tasks), c.text).toEqual(sorted(c.tasks));
      if (c.targets) expect(sorted(reply.targets), c.text).toEqual(sorted(c.targets));
      for (const s of c.say) expect(reply.text, c.text).toContain(s);
    }
    expect(fake.requests.map((r) => r.message)).toEqual(CASES.map((c) => c.text));
    const calls = logger.lines.filter((l) => l.msg === "fallback call");
    expect(calls.map((l) => l.obj.outcome)).toEqual(CASES.map(() => "understood"));
    expect(calls.at(-1)?.obj.usedToday).toBe(CASES.length);
  });

  test("a message the rules already place never reaches the model", async () => {
    const fake = await fakeOpenAi();
    const { fallback } = fallbackFor(fake);
    const { ask } = testBot({ fallback });
    const reply = await ask("Ai chủ trì nhiệm vụ 9?");
    expect(reply.intent).toBe("task");
    expect(reply.tasks).toEqual(["9"]);
    expect(fake.requests).toHaveLength(0);
  });
});
