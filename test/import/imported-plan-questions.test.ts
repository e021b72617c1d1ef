import { describe, expect, it } from "vitest";
import { importPlanDocument } from "../../src/adapters/documents/import-document.js";
import { createMemoryStore } from "../../src/adapters/memory/memory-store.js";
import { createBot } from "../../src/core/bot.js";
import { parsePlan } from "../../src/core/plan/load.js";
import { silentLogger } from "../../src/ports/logger.js";
import { fixedClock, language } from "../helpers/bot.js";
import { passes, readQuestions } from "../helpers/score.js";
import { makeDocx } from "./make-docx.js";
import { secondPlanDocument } from "./second-plan.js";

// The plan a province imports answers as the seed plan does: 30 questions on the made-up 2026 plan,
// scored with the evaluation's rules, through the real bot with nothing of the 2023 plan loaded.
describe("questions on an imported plan", () => {
  it("answers at least 90% of 30 questions on the imported 2026 plan", async () => {
    const result = await importPlanDocument(await makeDocx(secondPlanDocument()), "hoa-son.docx");
    const plan = parsePlan(result.plan, "hoa-son.docx");
    const bot = createBot({
      plan,
      language,
      store: createMemoryStore(),
      clock: fixedClock("2026-03-02T08:00:00+07:00"),
      logger: silentLogger,
      config: { timezone: "Asia/Ho_Chi_Minh", reviewRequired: false, admins: [] },
    });
    const questions = readQuestions("test/fixtures/questions/hoa-son-2026.jsonl");
    const failed: string[] = [];
    for (const q of questions) {
      const a = await bot.handle({ channel: "console:test", user: "console:tester", text: q.text, at: new Date("2026-03-02T01:00:00Z") });
      if (!passes(q, a)) failed.push(`${q.id} ${q.text} → ${a.intent} ${JSON.stringify(a.tasks)} ${JSON.stringify(a.targets)}`);
    }
    console.log(`imported 2026 plan: ${questions.length - failed.length}/${questions.length} questions${failed.length ? `; failed: ${failed.join(" | ")}` : ""}`);
    expect(questions).toHaveLength(30);
    expect(failed.length / questions.length).toBeLessThanOrEqual(0.1);
  }, 60_000);
});
