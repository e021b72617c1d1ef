import { describe, expect, it } from "vitest";
import { compareIds } from "../../../src/core/plan/plan.js";
import { plan, testBot } from "../../helpers/bot.js";

// "có cả Sở A và Sở B", "Sở A và Sở B cùng tham gia": the rows that name both agencies (lead or cooperating),
// not the union and not one agency's list. Expected sets are computed from the loaded plan for every pair of
// its departments, so the test does not hang on one plan's wording.
const departments = plan.data.agencies.filter((a) => a.kind === "department" && plan.tasks.some((t) => t.lead.includes(a.id) || t.cooperating.includes(a.id)));
const pairs = departments.flatMap((a, i) => departments.slice(i + 1).map((b) => [a, b] as const));
const both = (a: string, b: string) =>
  plan.tasks
    .filter((t) => [a, b].every((id) => t.lead.includes(id) || t.cooperating.includes(id)))
    .map((t) => t.id)
    .sort(compareIds);

describe("tasks two agencies share", () => {
  const { ask } = testBot();
  it("the seed plan has departments that share tasks and pairs that share none", () => {
    expect(pairs.length).toBeGreaterThan(10);
    expect(pairs.some(([a, b]) => both(a.id, b.id).length > 0)).toBe(true);
    expect(pairs.some(([a, b]) => both(a.id, b.id).length === 0)).toBe(true);
  });

  it.each(["Nhiệm vụ nào có cả {A} và {B}?", "Những nhiệm vụ nào {A} và {B} cùng tham gia?", "việc nào có cả {A} lẫn {B}"])("%s → the intersection, for every pair", async (form) => {
    const wrong: string[] = [];
    for (const [a, b] of pairs) {
      const text = form.replace("{A}", a.name).replace("{B}", b.name);
      const r = await ask(text);
      const expected = both(a.id, b.id);
      if (r.intent !== "agency" || JSON.stringify([...r.tasks].sort(compareIds)) !== JSON.stringify(expected))
        wrong.push(`${text} → ${r.intent} ${JSON.stringify(r.tasks)} (want ${JSON.stringify(expected)})`);
    }
    expect(wrong).toEqual([]);
  });
});
