import { describe, expect, it } from "vitest";
import { testBot, plan } from "../../helpers/bot.js";
import { taskCount } from "../../../src/core/render/task-count.js";

// The plan counts its tasks without their sub-rows ("TỔNG CỘNG: 27 NHIỆM VỤ"); replies count the same way.
describe("task counts", () => {
  it("counts a sub-row listed with its parent as part of it, and names it", () => {
    const rows = ["10", "10.1", "10.2", "9"].map((id) => plan.task(id)!);
    expect(taskCount(rows, "vi")).toEqual({ n: 2, note: " (kèm việc con 10.1, 10.2)" });
    expect(taskCount([plan.task("10.1")!], "en")).toEqual({ n: 1, note: "" });
    expect(taskCount(plan.tasks, "vi").n).toBe(27);
  });

  it("says the plan's count in due and agency answers", async () => {
    const { ask } = testBot();
    expect((await ask("quý 2 có nhiệm vụ nào")).text).toMatch(/^Quý II\/2023 có 8 nhiệm vụ đến hạn \(kèm việc con 10\.1, 10\.2\):/);
    const led = plan.tasks.filter((t) => t.lead.includes("so-noi-vu") && !(t.parent && plan.task(t.parent)?.lead.includes("so-noi-vu")));
    expect((await ask("Sở Nội vụ chủ trì những việc gì")).text).toContain(`Sở Nội vụ chủ trì ${led.length} nhiệm vụ`);
  });
});
