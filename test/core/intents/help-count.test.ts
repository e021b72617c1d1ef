import { describe, expect, it } from "vitest";
import { testBot } from "../../helpers/bot.js";

// One fact, one answer: help counts the plan's tasks as the plan does ("TỔNG CỘNG: 27 NHIỆM VỤ").
describe("help", () => {
  it("says 27 tasks (31 rows with sub-tasks), as «kế hoạch có bao nhiêu nhiệm vụ» does", async () => {
    const { ask } = testBot();
    expect((await ask("help")).text).toMatch(/\(27 nhiệm vụ.*, 20 chỉ tiêu\)/);
    expect((await ask("kế hoạch có bao nhiêu nhiệm vụ?")).text).toContain("27 nhiệm vụ trọng tâm");
  });
});
