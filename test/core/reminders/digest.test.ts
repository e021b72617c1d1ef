import { describe, expect, it } from "vitest";
import { composeDigest } from "../../../src/core/reminders/digest.js";
import { digestSections as sectionsOf } from "../../../src/core/reminders/digest-sections.js";
import { planClock } from "../../../src/core/reminders/plan-clock.js";
import { emptyState, type State, type Status } from "../../../src/core/state.js";
import { digestSections } from "../../helpers/digest-text.js";
import { plan } from "../../helpers/bot.js";
import { TZ, vn } from "./support.js";

function state(reports: [task: string, status: Status, at: Date][] = []): State {
  const s = emptyState();
  s.roster.push({ user: "slack:U123", agency: "so-noi-vu", role: "member", name: "An", addedAt: "2023-01-01T00:00:00Z" });
  s.roster.push({ user: "zalo:z9", agency: "so-noi-vu", role: "member", addedAt: "2023-01-01T00:00:00Z" });
  for (const [task, status, at] of reports) {
    s.records.push({ seq: ++s.seq, kind: "report", task, status, user: "slack:U123", agency: "so-noi-vu", channel: "slack:C1", at: at.toISOString(), text: "" });
  }
  return Object.freeze(s);
}

const ids = (entries: { task: { id: string } }[]) => entries.map((e) => e.task.id);

describe("digest", () => {
  it("mentions Slack users as <@U…> in a Slack channel and by name elsewhere", () => {
    const s = state();
    const slack = composeDigest(plan, s, { channel: "slack:C1", agency: "so-noi-vu", now: vn("2023-05-15", 8), timezone: TZ });
    expect(slack.text).toContain("🏢 Sở Nội vụ — <@U123>, @z9");
    const zalo = composeDigest(plan, s, { channel: "zalo:g1", agency: "so-noi-vu", now: vn("2023-05-15", 8), timezone: TZ });
    expect(zalo.text).toContain("🏢 Sở Nội vụ — @An, @z9");
    expect(zalo.text).not.toContain("<@");
    const unnamed = Object.freeze({ ...s, roster: [...s.roster, { user: "slack:U77", agency: "so-noi-vu", role: "member" as const, addedAt: "2023-01-01T00:00:00Z" }] });
    const zaloAgain = composeDigest(plan, unnamed, { channel: "zalo:g1", agency: "so-noi-vu", now: vn("2023-05-15", 8), timezone: TZ });
    expect(zaloAgain.text).toContain("🏢 Sở Nội vụ — @An, @z9\n");
    expect(zaloAgain.text).not.toContain("U77");
    expect(composeDigest(plan, unnamed, { channel: "slack:C1", agency: "so-noi-vu", now: vn("2023-05-15", 8), timezone: TZ }).text).toContain("<@U77>");
  });

  it("tightens the staleness window from 14 days to 3 in the last two weeks before the deadline", () => {
    // Task 5 is due 30/06; a report 10 days old is fine in May but stale on 20/06.
    const may = sectionsOf(plan, state([["5", "in_progress", vn("2023-05-10", 9)]]), { now: vn("2023-05-20", 9), timezone: TZ, agency: "so-noi-vu" });
    expect(ids(may.stale)).not.toContain("5");
    const june = sectionsOf(plan, state([["5", "in_progress", vn("2023-06-16", 9)]]), { now: vn("2023-06-20", 9), timezone: TZ, agency: "so-noi-vu" });
    expect(june.stale.find((e) => e.task.id === "5")).toMatchObject({ days: 4, due: "2023-06-30" });
    const fresh = sectionsOf(plan, state([["5", "in_progress", vn("2023-06-18", 9)]]), { now: vn("2023-06-20", 9), timezone: TZ, agency: "so-noi-vu" });
    expect(ids(fresh.stale)).not.toContain("5");
  });

  it("counts a never-reported task as stale only once the period of its deadline has started", () => {
    const june = sectionsOf(plan, state(), { now: vn("2023-06-30", 9), timezone: TZ, agency: "so-noi-vu" });
    expect(ids(june.stale)).not.toContain("6");
    expect(ids(june.stale)).toContain("17"); // "Cả năm": its period started in January
    const july = sectionsOf(plan, state(), { now: vn("2023-07-01", 9), timezone: TZ, agency: "so-noi-vu" });
    expect(ids(july.stale)).toContain("6");
  });

  it("lists what was done since the last digest, and ignores reports dated after now", () => {
    const s = state([
      ["18", "done", vn("2023-05-02", 9)],
      ["5", "done", vn("2023-05-20", 9)],
    ]);
    const since = sectionsOf(plan, s, { now: vn("2023-05-15", 8), timezone: TZ, since: vn("2023-05-01", 8) });
    expect(ids(since.completed)).toEqual(["18"]);
    expect(ids(since.due)).toContain("5");
    expect(ids(sectionsOf(plan, s, { now: vn("2023-05-15", 8), timezone: TZ }).completed)).toEqual([]);
  });

  it("reads a clock in another year on the plan's own year and says so", () => {
    const clock = planClock(vn("2026-05-18", 8), 2023, TZ);
    expect(clock).toMatchObject({ date: "2023-05-18", today: "2026-05-18", shifted: true, quarter: 2, quarterStart: "2023-04-01", quarterEnd: "2023-06-30" });
    const reply = composeDigest(plan, state(), { channel: "zalo:g1", now: vn("2026-05-18", 8), timezone: TZ });
    expect(reply.text).toContain("thứ Hai 18/05/2026 · Toàn bộ Kế hoạch\n(Kế hoạch năm 2023: hạn được tính như hôm nay là 18/05/2023.)\nQuý II/2023: 8 nhiệm vụ đến hạn (kèm việc con 10.1, 10.2)");
    expect(reply.text).toContain("còn 43 ngày");
    expect(planClock(vn("2024-02-29", 8), 2023, TZ).date).toBe("2023-02-28");
  });

  it("stays short for a phone: long sections end with the rest by number, and every id is in tasks and items", () => {
    const reply = composeDigest(plan, state(), { channel: "zalo:g1", now: vn("2023-07-03", 8), timezone: TZ });
    expect(reply.text).toContain("⚠️ Quá hạn (12):\n• NV 1 ");
    expect(reply.text).toMatch(/• … và 9 NV khác: 2, 3, 5, 7, 10, 10\.1, 18, 19, 20\n/);
    expect(reply.text.length).toBeLessThan(3000);
    const sections = digestSections(reply.text);
    const mentioned = new Set([...sections.overdue, ...sections.due, ...sections.stale, ...sections.completed]);
    expect(new Set(reply.tasks)).toEqual(mentioned);
    expect(reply.items?.map((i) => i.id)).toEqual(reply.tasks);
    expect(reply.items?.find((i) => i.id === "6")).toMatchObject({ kind: "task", status: "đến hạn trong quý", lead: "Sở Nội vụ" });
    expect(reply.text.endsWith("«nhiệm vụ <số> đã hoàn thành, QĐ số …» hoặc «nhiệm vụ <số> đang thực hiện 50%».")).toBe(true);
  });

  it("says so when an agency has nothing to be reminded of", () => {
    const s = state(plan.ledBy("so-tu-phap").map((t) => [t.id, "done", vn("2023-03-01", 9)] as [string, Status, Date]));
    const reply = composeDigest(plan, s, { channel: "zalo:g1", agency: "so-tu-phap", now: vn("2023-05-15", 8), timezone: TZ });
    expect(reply.text).toContain("Không có việc nào quá hạn, sắp đến hạn hay lâu chưa báo cáo.");
    expect(reply.tasks).toEqual([]);
  });
});
