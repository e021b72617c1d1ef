import { describe, expect, it } from "vitest";
import { LIMITS, renderHome, renderReply } from "../../../src/adapters/slack/blocks.js";
import { escapeMrkdwn, slackToPlain } from "../../../src/adapters/slack/slack-text.js";
import type { ReplyItem } from "../../../src/core/message.js";
import { reply } from "./harness.js";

const sectionTexts = (blocks: any[]) => blocks.filter((b) => b.type === "section").map((b) => b.text.text as string);

describe("Slack text", () => {
  it("escapes what a user typed so it cannot ping, mention or link", () => {
    const hostile = "<!channel> <!here> <@U123> <https://evil.example|bấm vào đây> & co";
    const [message] = renderReply(reply(`Không tìm thấy «${hostile}»`));
    for (const text of [message!.text, ...sectionTexts(message!.blocks)]) {
      expect(text).not.toMatch(/<[!@#]|<https?:/);
      expect(text).toContain("&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;https://evil.example|bấm vào đây&gt; &amp; co");
    }
    expect(escapeMrkdwn("a<b>&c")).toBe("a&lt;b&gt;&amp;c");
  });

  it("turns incoming Slack markup back into plain text and drops the bot mention", () => {
    expect(slackToPlain("<@UBOT> nhiệm vụ 9 &amp; <@U22|lan> ở <#C1|cchc> xem <https://a.vn|đây> &lt;3", "UBOT")).toBe("nhiệm vụ 9 & slack:U22 ở #cchc xem đây <3");
  });
});

describe("renderReply", () => {
  const items = (n: number, titleLength = 40): ReplyItem[] =>
    Array.from({ length: n }, (_, i) => ({
      kind: "task",
      id: String(i + 1),
      title: `Nhiệm vụ ${"x".repeat(titleLength)} ${i + 1}`,
      lead: "Sở Nội vụ",
      deadline: "Quý II",
      status: i % 2 ? "done" : "blocked",
    }));

  it("lists a body's items as sections with number, title and every field, then the report button", () => {
    const body = {
      sections: [{ head: "Quý II có 2 nhiệm vụ:", items: items(2, 2).map((i) => ({ ...i, style: "line" as const, fields: [{ label: "Chủ trì", value: i.lead! }, { value: i.deadline! }] })) }],
    };
    const [message] = renderReply(reply("Quý II có 2 nhiệm vụ:\n…", { items: items(2, 2), body }));
    expect(sectionTexts(message!.blocks)).toEqual(["*Quý II có 2 nhiệm vụ:*", "*1.* Nhiệm vụ xx 1\n*Chủ trì:* Sở Nội vụ · Quý II", "*2.* Nhiệm vụ xx 2\n*Chủ trì:* Sở Nội vụ · Quý II"]);
    expect(message!.blocks.at(-1)).toMatchObject({ type: "actions", elements: [{ action_id: "cchc_report_open", value: "1,2" }] });
  });

  it("shows a reply without a body as its whole text, whatever its items", () => {
    const [message] = renderReply(reply("Tiến độ:\n• NV 1. Một\n   Hoàn thành 40%", { items: items(1, 2) }));
    expect(sectionTexts(message!.blocks).join("\n")).toContain("Hoàn thành 40%");
  });

  it("splits between items when the blocks would pass Slack's 13k characters, and offers «Xem thêm»", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      kind: "task" as const,
      id: String(i + 1),
      title: "t".repeat(300),
      style: "card" as const,
      fields: [{ label: "Sản phẩm", value: "p".repeat(400) }],
    }));
    const messages = renderReply(reply("x", { body: { sections: [{ items: many }] }, items: many, more: { remaining: 5, command: "xem tiếp" } }));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(JSON.stringify(m.blocks).length).toBeLessThan(13_000);
    const sections = messages.flatMap((m) => sectionTexts(m.blocks));
    expect(sections).toHaveLength(30);
    expect(sections.every((t) => /^\*Nhiệm vụ \d+: t+\*\n• \*Sản phẩm:\* p{400}$/.test(t))).toBe(true);
    const buttons = messages
      .at(-1)!
      .blocks.filter((b: any) => b.type === "actions")
      .flatMap((b: any) => b.elements);
    expect(buttons[0]).toMatchObject({ action_id: "cchc_more", value: "xem tiếp", text: { text: "Xem thêm (5 mục)" } });
  });

  it("splits long answers: every section under 3,000 characters, at most 50 blocks a message", () => {
    const long = Array.from({ length: 1600 }, (_, i) => `Dòng ${i} ${"&<>".repeat(5)} ${"chữ ".repeat(8)}`).join("\n") + "x".repeat(7000);
    const choices = Array.from({ length: 30 }, (_, i) => ({ label: `Lựa chọn ${i} ${"dài ".repeat(30)}`, value: `giá trị ${i}` }));
    for (const r of [reply(long, { choices }), reply("Danh sách:", { items: items(120, 4000), body: { intro: "Danh sách:", sections: [{ items: items(120, 4000) }] } })]) {
      const messages = renderReply(r);
      expect(messages.length).toBeGreaterThan(1);
      for (const m of messages) {
        expect(m.blocks.length).toBeLessThanOrEqual(50);
        for (const text of sectionTexts(m.blocks)) expect(text.length).toBeLessThan(3000);
        for (const b of m.blocks.filter((b: any) => b.type === "actions") as any[]) {
          expect(b.elements.length).toBeLessThanOrEqual(25);
          for (const e of b.elements) expect(Array.from(e.text.text as string).length).toBeLessThanOrEqual(75);
        }
      }
    }
    const joined = renderReply(reply(long))
      .flatMap((m) => sectionTexts(m.blocks))
      .join("\n");
    expect(joined).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(
      renderReply(reply("Danh sách:", { items: items(120), body: { intro: "Danh sách:", sections: [{ items: items(120) }] } }))
        .flatMap((m) => m.blocks)
        .filter((b) => b.type === "section"),
    ).toHaveLength(121);
  });

  it("keeps App Home within 100 blocks", () => {
    const home = renderHome(reply("Tổng quan", { items: items(150) }));
    expect(home.blocks.length).toBeLessThanOrEqual(LIMITS.homeBlocks);
    expect(sectionTexts(home.blocks).at(-1)).toMatch(/… và \d+ mục khác\./);
  });
});

describe("mentions the bot puts in a digest", () => {
  it("stay real Slack mentions while every other angle bracket is escaped", async () => {
    const { renderReply } = await import("../../../src/adapters/slack/blocks.js");
    const [message] = renderReply({ intent: "digest", text: "🏢 Sở Tư pháp — <@U111>, <@U222> <!channel>", lang: "vi", tasks: [], targets: [], mentions: ["slack:U111"] });
    const text = JSON.stringify(message!.blocks);
    expect(text).toContain("<@U111>");
    expect(text).toContain("&lt;@U222&gt;");
    expect(text).toContain("&lt;!channel&gt;");
  });
});
