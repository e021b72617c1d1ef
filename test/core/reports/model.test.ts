import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/core/reports/model.js";
import { type askedOf, reportPeriodOf } from "../../../src/core/reports/period.js";
import { chartData, chatSummary } from "../../../src/core/reports/summary.js";
import { deepFreeze, NOW, PAYMENT, plan, reportState, summaryNumbers, TZ } from "./fixture.js";

const report = (period: Parameters<typeof askedOf>[0], state = reportState()) => buildReport({ plan, state, period, now: NOW, timezone: TZ });

describe("report periods", () => {
  it("reads quarters, halves and the year from what people type", () => {
    expect(reportPeriodOf({ kind: "quarter", quarter: 2 }, "báo cáo quý 2", 7)).toBe("q2");
    expect(reportPeriodOf(undefined, "báo cáo 6 tháng", 7)).toBe("h1");
    expect(reportPeriodOf({ kind: "half", half: 2 }, "báo cáo 6 tháng cuối năm", 7)).toBe("h2");
    expect(reportPeriodOf({ kind: "yearLong" }, "xuất báo cáo cả năm", 7)).toBe("year");
    expect(reportPeriodOf(undefined, "xuất báo cáo", 8)).toBe("q3");
  });
});

describe("report model", () => {
  it("lists the period's tasks with status, evidence, date and reporter", () => {
    const model = report("q2");
    expect(model.title).toBe("Quý II năm 2023");
    expect(model.tasks.map((t) => t.id)).toEqual(["5", "7", "9", "10", "10.1", "10.2", "18", "21", "26", "27"]);
    expect(model.tasks[0]).toMatchObject({
      id: "5",
      lead: "Sở Nội vụ",
      standing: "done_on_time",
      status: "Hoàn thành",
      evidence: "123/QĐ-UBND ngày 18/06/2023",
      date: "20/06/2023",
      reporter: "Nguyễn Văn An (Sở Nội vụ)",
    });
    expect(model.tasks[0]!.deadline).toContain("30/06/2023");
    expect(model.tasks.find((t) => t.id === "7")!.standing).toBe("done_late");
    expect(model.tasks.find((t) => t.id === "9")).toMatchObject({ standing: "overdue", status: "Đang thực hiện 60%" });
    // The undone "done" report of task 18 no longer counts.
    expect(model.tasks.find((t) => t.id === "18")).toMatchObject({ standing: "overdue", status: "" });
    expect(model.totals).toEqual({ done_on_time: 1, done_late: 1, in_progress: 0, overdue: 8, not_reported: 0 });
  });

  it("counts by lead agency and by quarter", () => {
    const model = report("year");
    const noiVu = model.agencies.find((a) => a.id === "so-noi-vu")!;
    expect(model.agencies[0]).toBe(noiVu);
    expect(noiVu.total).toBe(plan.dueIn({ kind: "year" }).filter((t) => t.lead.includes("so-noi-vu")).length);
    expect(noiVu.counts).toMatchObject({ done_on_time: 1, done_late: 1, in_progress: 1 });
    expect(model.buckets.map((b) => b.name)).toEqual(["Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"]);
    expect(model.buckets[2]!.counts).toMatchObject({ in_progress: 1, not_reported: 3 });
    for (const row of [...model.agencies, ...model.buckets]) expect(Object.values(row.counts).reduce((a, b) => a + b, 0)).toBe(row.total);
  });

  it("shows each target goal with its latest value and a verdict", () => {
    const rows = report("q2").targets;
    expect(rows).toHaveLength(plan.targets.reduce((n, t) => n + t.values.length, 0));
    expect(rows.find((r) => r.id === "7.5" && r.part === PAYMENT)).toMatchObject({ goal: "35%", value: "28%", date: "28/06/2023", verdict: "not_met", verdictLabel: "Chưa đạt" });
    expect(rows.find((r) => r.id === "2")).toMatchObject({ goal: "100%", value: "100%", verdict: "met", verdictLabel: "Đạt" });
    expect(rows.find((r) => r.id === "1.4")).toMatchObject({ goal: "Nhóm Tốt", verdict: "met" });
    expect(rows.find((r) => r.id === "1.2")).toMatchObject({ verdict: "not_met", reporter: "Nguyễn Văn An (Sở Nội vụ)" });
    expect(rows.find((r) => r.id === "4")).toMatchObject({ value: "", verdict: "no_data", verdictLabel: "Chưa có số liệu" });
  });

  it("reads the store's frozen state without writing to it", () => {
    const frozen = deepFreeze(reportState());
    expect(() => report("year", frozen)).not.toThrow();
    expect(report("year", frozen)).toEqual(report("year"));
  });

  it("gives the chat summary and the chart the same numbers as the model", () => {
    const model = report("h1");
    const said = summaryNumbers(chatSummary(model));
    expect(said).toMatchObject({ total: model.tasks.length, on_time: model.totals.done_on_time, late: model.totals.done_late, overdue: model.totals.overdue, not_reported: model.totals.not_reported });
    const bars = chartData(model);
    for (const a of model.agencies) {
      const stack = Object.fromEntries(bars.filter((d) => d.panel === "agency" && d.label === a.name).map((d) => [d.category, d.n]));
      expect(stack).toEqual({ done: a.counts.done_on_time + a.counts.done_late, in_progress: a.counts.in_progress, overdue: a.counts.overdue, not_reported: a.counts.not_reported });
      expect(said.agencies.get(a.name)!.total).toBe(a.total);
      expect(said.agencies.get(a.name)!["quá hạn"] ?? 0).toBe(a.counts.overdue);
    }
    expect(chatSummary(model)).toContain("Chỉ tiêu (20): đạt 2 · chưa đạt 2 · chưa có số liệu 16 (29 mức cần đạt, chi tiết trong tệp đính kèm).");
  });
});
