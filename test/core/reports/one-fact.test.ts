import { describe, expect, it } from "vitest";
import { composeDigest } from "../../../src/core/reminders/digest.js";
import { buildReport } from "../../../src/core/reports/model.js";
import { chatSummary } from "../../../src/core/reports/summary.js";
import { emptyState } from "../../../src/core/state.js";
import { plan, rosteredBot } from "../../helpers/bot.js";
import { TZ } from "./fixture.js";

// One fact, one answer: the digest, the period reports and chat count the same tasks the same way.
describe("one rule everywhere", () => {
  it("counts a quarter's tasks without the 'Cả năm' rows in chat, the digest and the report, and says so", async () => {
    const now = new Date("2023-12-04T08:00:00+07:00");
    const { ask } = rosteredBot([], { at: now.toISOString() });
    const chat = await ask("quý 4 có nhiệm vụ nào");
    const digest = composeDigest(plan, emptyState(), { channel: "console:all", now, timezone: TZ });
    const report = buildReport({ plan, state: emptyState(), period: "q4", now, timezone: TZ });
    expect(chat.tasks).toEqual(["10", "15"]);
    expect(chat.text).toContain("Ngoài ra 3 nhiệm vụ thực hiện cả năm (hạn 31/12)");
    expect(digest.text).toContain("Quý IV/2023: 2 nhiệm vụ đến hạn — ");
    expect(digest.text).toContain("Ngoài ra 3 nhiệm vụ thực hiện cả năm (hạn 31/12), không tính vào quý.");
    // The "Cả năm" rows are not listed as due this quarter either (they show where they are silent or late).
    expect(digest.text).not.toContain("⏰ Đến hạn Quý IV");
    expect(report.tasks.map((t) => t.id)).toEqual(chat.tasks);
    expect(chatSummary(report)).toContain("2 nhiệm vụ đến hạn trong kỳ");
    expect(chatSummary(report)).toContain("Ngoài ra 3 nhiệm vụ thực hiện cả năm (hạn 31/12), không tính vào kỳ này.");
  });

  it("counts a quarter's tasks in the report as the due list does: sub-rows are part of their task", async () => {
    const now = new Date("2023-04-03T09:00:00+07:00");
    const { ask } = rosteredBot([], { at: now.toISOString() });
    const chat = await ask("quý 1 có những nhiệm vụ nào?");
    expect(chat.text).toMatch(/^Quý I\/2023 có 12 nhiệm vụ đến hạn \(kèm việc con 1.1, 1.2\)/);
    const report = buildReport({ plan, state: emptyState(), period: "q1", now, timezone: TZ });
    expect(report.tasks.map((t) => t.id)).toEqual(chat.tasks);
    expect(chatSummary(report)).toContain("12 nhiệm vụ đến hạn trong kỳ (kèm việc con 1.1, 1.2: 14 dòng), đã hoàn thành 0:");
  });

  it("counts the digest's quarter as chat's due list does: «Quý II/2023: 8 nhiệm vụ đến hạn (kèm việc con 10.1, 10.2)»", async () => {
    const now = new Date("2023-04-17T08:00:00+07:00");
    const { ask } = rosteredBot([], { at: now.toISOString() });
    expect((await ask("quý 2 có những nhiệm vụ nào?")).text).toMatch(/^Quý II\/2023 có 8 nhiệm vụ đến hạn \(kèm việc con 10.1, 10.2\)/);
    const digest = composeDigest(plan, emptyState(), { channel: "console:all", now, timezone: TZ });
    expect(digest.text).toContain("Quý II/2023: 8 nhiệm vụ đến hạn (kèm việc con 10.1, 10.2) — ");
  });

  it("names the rows the Ban Chỉ đạo's members cooperate on instead of saying it is named nowhere", async () => {
    const { ask } = rosteredBot([]);
    const board = await ask("Ban Chỉ đạo CCHC của tỉnh có nhiệm vụ gì?");
    expect(board.tasks).toEqual(["10.2", "10", "10.1"]);
    expect(board.text).toContain("Các thành viên Ban Chỉ đạo Cải cách hành chính của tỉnh phối hợp 1 nhiệm vụ (kèm việc con 10.1):");
    expect(board.text).not.toContain("không được ghi tên riêng");
  });

  it("counts targets as the plan numbers them, not their goal rows", () => {
    const report = buildReport({ plan, state: emptyState(), period: "q1", now: new Date("2023-04-03T09:00:00+07:00"), timezone: TZ });
    expect(plan.targets).toHaveLength(20);
    expect(chatSummary(report)).toContain("Chỉ tiêu (20): đạt 0 · chưa đạt 0 · chưa có số liệu 20 (29 mức cần đạt, chi tiết trong tệp đính kèm).");
  });

  it("lists task 22 once, under its lead as the plan writes it, in the digest and the Quý III report", () => {
    const now = new Date("2023-09-04T08:00:00+07:00");
    const lead = "Các sở, ngành; các cơ quan, đơn vị có liên quan";
    const digest = composeDigest(plan, emptyState(), { channel: "console:all", now, timezone: TZ });
    expect(digest.text.match(/NV 22 /g)).toHaveLength(1);
    expect(digest.text).toContain(`🏢 ${lead}\n⏰ Đến hạn Quý III (1):\n• NV 22 `);
    expect(digest.text).not.toContain("🏢 Các sở, ban, ngành");
    expect(digest.text).not.toContain("🏢 Các cơ quan, đơn vị, địa phương có liên quan");
    const report = buildReport({ plan, state: emptyState(), period: "q3", now, timezone: TZ });
    expect(report.agencies.filter((a) => a.name === lead)).toMatchObject([{ total: 1 }]);
    expect(report.agencies.map((a) => a.name)).not.toContain("Các sở, ban, ngành");
    expect(report.agencies.reduce((n, a) => n + a.total, 0)).toBe(report.tasks.length);
    expect(chatSummary(report)).toContain(`• ${lead} (1): chưa báo cáo 1`);
  });

  it("computes a report as of the plan clock, like chat and the digest", () => {
    const report = buildReport({ plan, state: emptyState(), period: "year", now: new Date("2026-12-03T09:00:00+07:00"), timezone: TZ });
    expect(report.asOf).toBe("03/12/2023");
    // Due 31/12/2023: not yet late on 03/12/2023 (they would be on 03/12/2026).
    expect(report.tasks.filter((t) => ["16", "17"].includes(t.id)).map((t) => t.standing)).toEqual(["not_reported", "not_reported"]);
  });
});
