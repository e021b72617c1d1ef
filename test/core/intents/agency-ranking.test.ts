import { describe, expect, it } from "vitest";
import { plan, testBot } from "../../helpers/bot.js";

// "Sở nào chủ trì nhiều nhiệm vụ nhất?": a ranking computed from the loaded plan (main rows, one agency at
// a time, collective names left out), checked against counts computed here from the plan's data.
const count = (id: string, role: "lead" | "coop") => (role === "lead" ? plan.ledBy(id) : plan.cooperatedBy(id)).filter((x) => !x.parent).length;
const ranked = (role: "lead" | "coop") =>
  plan.data.agencies
    .filter((a) => a.kind !== "collective")
    .map((a) => ({ name: a.name, n: count(a.id, role) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);

describe("agencies ranked by their tasks", () => {
  const { ask } = testBot();

  it.each(["Sở nào chủ trì nhiều nhiệm vụ nhất?", "so nao chu tri nhieu nhiem vu nhat", "Cơ quan nào được giao chủ trì nhiều việc nhất?", "Which department leads the most tasks?"])(
    "%s → the plan's top lead first, with its count",
    async (q) => {
      const [top, second] = ranked("lead");
      const a = await ask(q);
      expect(a.intent).toBe("plan_summary");
      const lines = a.text.split("\n");
      expect(lines[1]).toContain(`1. ${top!.name}`);
      expect(lines[1]).toContain(String(top!.n));
      expect(lines[2]).toContain(second!.name);
      for (const collective of plan.data.agencies.filter((x) => x.kind === "collective")) expect(a.text).not.toContain(`${collective.name}:`);
    },
  );

  it("«ít … nhất» ranks from the fewest, ties sharing a rank", async () => {
    const a = await ask("Sở nào chủ trì ít nhiệm vụ nhất?");
    const fewest = ranked("lead").at(-1)!;
    const lines = a.text.split("\n");
    expect(lines[1]).toMatch(new RegExp(`^1\\. .*: chủ trì ${fewest.n} `));
    expect(lines[2]).toMatch(/^1\. /);
  });

  it("«phối hợp nhiều nhất» ranks by cooperation", async () => {
    const a = await ask("cơ quan nào phối hợp nhiều nhiệm vụ nhất");
    const top = ranked("coop")[0]!;
    expect(a.text.split("\n")[1]).toContain(`1. ${top.name}: phối hợp ${top.n}`);
  });

  it("«nhóm / lĩnh vực nào nhiều nhiệm vụ nhất» ranks the plan's areas, not agencies", async () => {
    const top = plan.data.taskGroups.map((g) => ({ g, n: plan.inGroup(g.id).filter((x) => !x.parent).length })).sort((a, b) => b.n - a.n)[0]!;
    const a = await ask("Lĩnh vực nào trong kế hoạch có nhiều nhiệm vụ nhất?");
    expect(a.intent).toBe("plan_summary");
    expect(a.text.split("\n")[1]).toBe(`1. ${top.g.id}. ${top.g.title}: ${top.n}`);
  });
});
