import { describe, expect, it } from "vitest";
import { createEntityReader } from "../../../src/core/language/entities.js";
import { language, plan, testBot } from "../../helpers/bot.js";

// Folded, "đăng ký" and "đang" are one word: a one-word status that with its neighbour is a term of the plan's
// rows is that term (a subject to search), not a progress report.
describe("plan terms that fold like a status word", () => {
  const reader = createEntityReader(plan, language.vocabulary);

  it("«đăng ký đất đai» (a row's words) is no status; «đang làm» still is", () => {
    expect(reader.read("kết nối trao đổi thông tin cơ quan thuế và đăng ký đất đai", 5).status).toBeUndefined();
    expect(reader.read("nhiệm vụ 24 đang làm", 5).status).toBe("in_progress");
    expect(reader.read("nhiệm vụ 24 đang làm, đăng ký đất đai xong phần đầu", 5).status).toBeDefined();
  });

  it("the subject question finds its task instead of being refused as a report", async () => {
    const { ask } = testBot();
    const a = await ask("kết nối trao đổi thông tin cơ quan thuế và đăng ký đất đai");
    expect(a.intent).toBe("task");
    expect(a.tasks[0]).toBe("24");
  });
});
