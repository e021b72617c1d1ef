import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plan } from "../../helpers/bot.js";
import { realBot, startHarness, type Harness } from "./harness.js";
import { blockActions, messageIm } from "./payloads.js";

// Real Bolt against the fake Slack Web API: what a user sees is the blocks (Slack shows them, not the
// fallback text), so every check below reads the blocks alone.
const blockText = (blocks: any[]) => blocks.flatMap((b) => [b.text?.text ?? "", ...(b.elements ?? []).map((e: any) => e.text?.text ?? "")]).join("\n");

describe("Slack blocks carry the whole answer", () => {
  let h: Harness;
  const ask = async (text: string, user = "U500") => {
    const before = h.api.callsTo("chat.postMessage").length;
    await h.send(messageIm({ user, text }));
    await h.api.waitFor("chat.postMessage", before + 1);
    await new Promise((r) => setTimeout(r, 50));
    return h.api
      .callsTo("chat.postMessage")
      .slice(before)
      .map((c) => c.params);
  };

  beforeAll(async () => {
    h = await startHarness({ bot: (s) => realBot(s) });
  });
  afterAll(() => h.close());

  it("«chỉ tiêu 3.4» shows its values, and the monitoring unit is not called the lead", async () => {
    const [m] = await ask("chỉ tiêu 3.4");
    const shown = blockText(m!.blocks);
    expect(shown).toContain("40%");
    expect(shown).toContain("100%");
    expect(shown).toContain("*Đơn vị theo dõi:* Văn phòng UBND tỉnh");
    expect(shown).not.toContain("Chủ trì");
  });

  it("«nhiệm vụ 10» shows sub-rows 10.1 and 10.2, the product and every cooperating agency", async () => {
    const [m] = await ask("nhiệm vụ 10");
    const shown = blockText(m!.blocks);
    const task = plan.task("10")!;
    expect(shown).toContain("10.1");
    expect(shown).toContain("10.2");
    const cooperating = task.cooperatingAsWritten ?? task.cooperating.map((id) => plan.agencyName(id)).join("; ");
    for (const name of cooperating.split("; ")) expect(shown).toContain(name.replace(/&/g, "&amp;"));
    expect(shown).toContain(task.deliverable.slice(0, 40));
  });

  it("«chỉ tiêu 7» shows every percentage of the group", async () => {
    const [m] = await ask("chỉ tiêu 7");
    const shown = blockText(m!.blocks);
    const percents = plan.targets.filter((t) => t.group === "7" || t.id === "7").flatMap((t) => t.values.flatMap((v) => v.value?.match(/\d+%/g) ?? []));
    expect(percents.length).toBeGreaterThan(3);
    for (const p of percents) expect(shown).toContain(p);
  });

  it("«nhiệm vụ của Sở Nội vụ» names the real lead of a task it only cooperates on, lists its targets, and «Xem thêm» posts the rest", async () => {
    const first = await ask("nhiệm vụ của Sở Nội vụ", "U501");
    const shown = first.map((m) => blockText(m.blocks)).join("\n");
    expect(shown).toContain("*1.*");
    const button = first
      .flatMap((m) => m.blocks)
      .filter((b: any) => b.type === "actions")
      .flatMap((b: any) => b.elements)
      .find((e: any) => e.action_id === "cchc_more");
    expect(button).toMatchObject({ value: "xem tiếp" });
    expect(button.text.text).toMatch(/^Xem thêm \(\d+ mục\)$/);
    const seen: string[] = [];
    const pages = [first];
    for (let i = 0; i < 4 && pages.at(-1)!.some((m) => m.blocks.some((b: any) => b.elements?.some((e: any) => e.action_id === "cchc_more"))); i++) {
      const before = h.api.callsTo("chat.postMessage").length;
      await h.send(blockActions({ user: "U501", channel: "D501", actionId: "cchc_more", value: "xem tiếp", responseUrl: `${h.api.origin}/response/x` }));
      await h.api.waitFor("chat.postMessage", before + 1);
      await new Promise((r) => setTimeout(r, 50));
      pages.push(
        h.api
          .callsTo("chat.postMessage")
          .slice(before)
          .map((c) => c.params),
      );
    }
    for (const page of pages) seen.push(...page.map((m) => blockText(m.blocks)));
    const all = seen.join("\n");
    // NV 16 is led by the departments together; Sở Nội vụ only cooperates, and the blocks say who leads.
    expect(all).toMatch(/\*16\.\*[^\n]*\n\*Chủ trì:\* Các sở, ngành/);
    for (const t of plan.monitoredBy("so-noi-vu")) expect(all).toContain(`*${t.id}.*`);
    for (const t of plan.ledBy("so-noi-vu")) expect(all).toContain(`*${t.id}.*`);
    expect(pages.length).toBeGreaterThan(2);
  });
});
