import { compareIds, type Plan } from "../plan/plan.js";
import type { PlanPeriod, Task } from "../plan/schema.js";
import { evidenceText } from "../progress/report-text.js";
import { fileLabel, taskFiles } from "../progress/evidence-files.js";
import { standings, STANDINGS, type Standing } from "../progress/standing.js";
import { statusName } from "../progress/statuses.js";
import { dmy, milestonesText } from "../render/dates.js";
import { leadGroups, leadNames } from "../render/lines.js";
import { planClock } from "../reminders/plan-clock.js";
import type { State } from "../state.js";
import { reporterOf, vnDate } from "./cells.js";
import { askedOf, bucketsOf, periodTitle, type ReportPeriod } from "./period.js";
import { targetRows, type TargetRow } from "./target-rows.js";

export type { TargetRow } from "./target-rows.js";

export const STANDING_LABELS: Record<Standing, string> = {
  done_on_time: "Hoàn thành đúng hạn",
  done_late: "Hoàn thành trễ hạn",
  in_progress: "Đang thực hiện",
  overdue: "Quá hạn",
  not_reported: "Chưa có báo cáo",
};

const BUCKET_LABELS: Record<PlanPeriod, string> = { Q1: "Quý I", Q2: "Quý II", Q3: "Quý III", Q4: "Quý IV", year: "Cả năm" };

export type Counts = Record<Standing, number>;

export interface TaskRow {
  id: string;
  /** The task a sub-row (1.1, 10.2) belongs to. */
  parent?: string;
  title: string;
  lead: string;
  deadline: string;
  standing: Standing;
  status: string;
  evidence: string;
  date: string;
  reporter: string;
}

/** Counts over a group of tasks: one lead agency, or one quarter. */
export interface CountRow {
  id: string;
  name: string;
  counts: Counts;
  total: number;
}

export interface ReportModel {
  period: ReportPeriod;
  title: string;
  planTitle: string;
  /** "15/05/2023": the day the standings are computed for. */
  asOf: string;
  tasks: TaskRow[];
  totals: Counts;
  agencies: CountRow[];
  buckets: CountRow[];
  targets: TargetRow[];
  /** "Cả năm" rows left out of a quarter or half-year report (the rule chat and the digest use too). */
  yearLong: number;
}

export interface ReportInput {
  plan: Plan;
  state: Readonly<State>;
  period: ReportPeriod;
  now: Date;
  timezone: string;
}

const zero = (): Counts => Object.fromEntries(STANDINGS.map((s) => [s, 0])) as Counts;

function countRows(groups: Map<string, { name: string; tasks: Task[] }>, byTask: Map<string, Standing>): CountRow[] {
  return [...groups].map(([id, g]) => {
    const counts = zero();
    for (const t of g.tasks) counts[byTask.get(t.id)!]++;
    return { id, name: g.name, counts, total: g.tasks.length };
  });
}

/** Everything a report shows, as plain rows; the chat summary, every file format and the chart read only this. */
export function buildReport({ plan, state, period, now, timezone }: ReportInput): ReportModel {
  const asked = askedOf(period);
  const scope = plan.dueIn(asked).sort((a, b) => compareIds(a.id, b.id));
  // The same "today" as chat and the digest: the plan clock.
  const clock = planClock(now, plan.data.year, timezone);
  const st = standings(plan, state, scope, clock.at);
  const tasks: TaskRow[] = scope.map((t) => {
    const s = st.statuses.get(t.id);
    const inPeriod = t.milestones.filter((m) => m.period && bucketsOf(period).includes(m.period));
    return {
      id: t.id,
      ...(t.parent !== undefined ? { parent: t.parent } : {}),
      title: t.short,
      lead: leadNames(plan, t),
      deadline: milestonesText(inPeriod.length ? inPeriod : t.milestones, "vi"),
      standing: st.byTask.get(t.id)!,
      status: s ? `${statusName(s.status, "vi", s.percent)}${s.pending ? " (chờ xác nhận)" : ""}` : "",
      evidence: [s ? evidenceText(s.record.evidence, "vi") : "", ...taskFiles(state, t.id).map((f) => fileLabel(f))].filter(Boolean).join("; "),
      date: s ? vnDate(s.record.at, timezone) : "",
      reporter: s ? reporterOf(plan, state, s.record) : "",
    };
  });
  const byAgency = new Map<string, { name: string; tasks: Task[] }>();
  for (const t of scope)
    for (const g of leadGroups(plan, t)) (byAgency.get(g.agencies.join("+")) ?? byAgency.set(g.agencies.join("+"), { name: g.name, tasks: [] }).get(g.agencies.join("+"))!).tasks.push(t);
  const agencies = countRows(byAgency, st.byTask).sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "vi"));
  const byBucket = new Map(bucketsOf(period).map((p) => [p, { name: BUCKET_LABELS[p], tasks: scope.filter((t) => t.milestones.some((m) => m.period === p)) }]));
  const targets = targetRows(plan, state, timezone);
  return {
    period,
    title: periodTitle(period, plan.data.year),
    planTitle: plan.data.shortTitle,
    asOf: dmy(clock.date),
    tasks,
    totals: st.counts,
    agencies,
    buckets: countRows(byBucket, st.byTask),
    targets,
    yearLong: period === "year" ? 0 : plan.dueIn({ kind: "yearLong" }).length,
  };
}
