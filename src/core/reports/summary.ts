import { STANDINGS, type Standing } from "../progress/standing.js";
import type { Verdict } from "../progress/target-values.js";
import type { Counts, CountRow, ReportModel } from "./model.js";
import { VERDICT_LABELS } from "./target-rows.js";

/** The chart's four stacks: both kinds of "done" are one bar segment. */
export type ChartCategory = "done" | "in_progress" | "overdue" | "not_reported";
export const CHART_CATEGORIES: ChartCategory[] = ["done", "in_progress", "overdue", "not_reported"];
export const CHART_LABELS: Record<ChartCategory, string> = { done: "Hoàn thành", in_progress: "Đang thực hiện", overdue: "Quá hạn", not_reported: "Chưa có báo cáo" };

const SHORT: Record<Standing, string> = { done_on_time: "đúng hạn", done_late: "trễ hạn", in_progress: "đang thực hiện", overdue: "quá hạn", not_reported: "chưa báo cáo" };

export function chartCounts(c: Counts): Record<ChartCategory, number> {
  return { done: c.done_on_time + c.done_late, in_progress: c.in_progress, overdue: c.overdue, not_reported: c.not_reported };
}

export interface ChartDatum {
  panel: "agency" | "period";
  label: string;
  /** Keeps bars in the report's order. */
  order: number;
  category: ChartCategory;
  categoryLabel: string;
  n: number;
}

/** The chart's data: one datum per bar segment, by lead agency and by quarter. */
export function chartData(model: ReportModel): ChartDatum[] {
  const rows = (panel: ChartDatum["panel"], list: CountRow[]) =>
    list.flatMap((row, order) => {
      const c = chartCounts(row.counts);
      return CHART_CATEGORIES.map((category) => ({ panel, label: row.name, order, category, categoryLabel: CHART_LABELS[category], n: c[category] }));
    });
  return [...rows("agency", model.agencies), ...rows("period", model.buckets)];
}

/**
 * Verdicts per target, not per goal row: a target with several goals ("cấp huyện 100%", "cấp xã 40%")
 * is met when every goal is, not met when any reported goal is not, and otherwise still without data.
 */
export function targetVerdicts(model: ReportModel): Record<Verdict, number> {
  const byTarget = new Map<string, Verdict[]>();
  for (const t of model.targets) byTarget.set(t.id, [...(byTarget.get(t.id) ?? []), t.verdict]);
  const out: Record<Verdict, number> = { met: 0, not_met: 0, no_data: 0 };
  for (const v of byTarget.values()) out[v.every((x) => x === "met") ? "met" : v.includes("not_met") ? "not_met" : "no_data"]++;
  return out;
}

const countsLine = (c: Counts, all = true) =>
  STANDINGS.filter((s) => all || c[s] > 0)
    .map((s) => `${SHORT[s]} ${c[s]}`)
    .join(" · ");

const AGENCY_LINES = 10;

/** A short summary for chat (plain lines, readable on Slack, Zalo and a terminal). */
export function chatSummary(model: ReportModel, files: string[] = []): string {
  const total = model.tasks.length;
  const done = model.totals.done_on_time + model.totals.done_late;
  // Tasks as the plan and the due lists count them: a sub-row listed with its parent is part of it; the
  // counts after the colon are of rows, so the row count is said beside.
  const ids = new Set(model.tasks.map((t) => t.id));
  const subs = model.tasks.filter((t) => t.parent !== undefined && ids.has(t.parent)).map((t) => t.id);
  const rows = subs.length ? ` (kèm việc con ${subs.join(", ")}: ${total} dòng)` : "";
  const lines = [
    `📊 Báo cáo ${model.title} — ${model.planTitle} (tính đến ${model.asOf})`,
    `${total - subs.length} nhiệm vụ đến hạn trong kỳ${rows}, đã hoàn thành ${done}: ${countsLine(model.totals)}.${model.yearLong ? ` Ngoài ra ${model.yearLong} nhiệm vụ thực hiện cả năm (hạn 31/12), không tính vào kỳ này.` : ""}`,
  ];
  if (model.buckets.length > 1) lines.push(`Theo kỳ hạn: ${model.buckets.map((b) => `${b.name} ${chartCounts(b.counts).done}/${b.total}`).join(" · ")} (hoàn thành/tổng).`);
  lines.push("Theo cơ quan chủ trì:");
  for (const a of model.agencies.slice(0, AGENCY_LINES)) lines.push(`• ${a.name} (${a.total}): ${countsLine(a.counts, false)}`);
  if (model.agencies.length > AGENCY_LINES) lines.push(`… và ${model.agencies.length - AGENCY_LINES} cơ quan khác (xem tệp đính kèm).`);
  const v = targetVerdicts(model);
  const verdicts = (Object.keys(v) as Verdict[]).map((k) => `${VERDICT_LABELS[k].toLowerCase()} ${v[k]}`);
  const goals = model.targets.length;
  const targets = new Set(model.targets.map((t) => t.id)).size;
  lines.push(`Chỉ tiêu (${targets}): ${verdicts.join(" · ")}${goals > targets ? ` (${goals} mức cần đạt, chi tiết trong tệp đính kèm)` : ""}.`);
  if (files.length) lines.push(`📎 Đính kèm: ${files.join(", ")}`);
  return lines.join("\n");
}
