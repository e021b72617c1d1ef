import type { Plan } from "../plan/plan.js";
import { compareIds } from "../plan/plan.js";
import { milestoneIn } from "../plan/periods.js";
import type { Milestone, Task } from "../plan/schema.js";
import { doneAt, firstDue, standings, type Standing } from "../progress/standing.js";
import type { State } from "../state.js";
import { daysBetween, planClock, type PlanClock } from "./plan-clock.js";
import { localDate } from "./zoned-time.js";

/** Staleness windows: a task should be reported on at least this often, more often near its deadline. */
export const STALE_DAYS_FAR = 14;
export const STALE_DAYS_NEAR = 3;
/** "Near" means the deadline is at most this many days away. */
export const NEAR_DEADLINE_DAYS = 14;
/** Without an earlier digest to this channel, "completed since the last digest" covers this many days. */
export const DEFAULT_SINCE_DAYS = 7;

export interface DueEntry {
  task: Task;
  due: string;
  daysLeft: number;
}
export interface OverdueEntry {
  task: Task;
  due: string;
  daysLate: number;
}
/** `days` since the last report or note; undefined when the task was never reported on. */
export interface StaleEntry {
  task: Task;
  due: string;
  days?: number;
}
/** `on`: the local day the work was done (the document's date when the report gives one). */
export interface CompletedEntry {
  task: Task;
  at: string;
  on: string;
  late: boolean;
  pending: boolean;
}

export interface DigestSections {
  clock: PlanClock;
  due: DueEntry[];
  overdue: OverdueEntry[];
  stale: StaleEntry[];
  completed: CompletedEntry[];
  /**
   * Standings of the tasks due this quarter (done ones included). One rule with chat and reports: a
   * quarter holds the rows whose time cell names it; "Cả năm" rows (due 31/12) are counted apart in `yearLong`.
   */
  quarter: { total: number; counts: Record<Standing, number>; yearLong: number; tasks: Task[] };
}

export interface SectionOptions {
  now: Date;
  timezone: string;
  /** Only the tasks this agency leads; the whole plan when absent. */
  agency?: string;
  /** Completed tasks are those done after this instant (default: DEFAULT_SINCE_DAYS before now). */
  since?: Date;
}

const byTask = <T extends { task: Task }>(a: T, b: T) => compareIds(a.task.id, b.task.id);
const dated = (task: Task) => task.milestones.filter((m): m is Milestone & { due: string } => m.due !== null);

/**
 * The digest's content as data, a pure function of plan, state and time. Records dated after `now`
 * are not known yet, so a digest for a past instant (remind --now) reads the state as it was then.
 */
export function digestSections(plan: Plan, fullState: Readonly<State>, options: SectionOptions): DigestSections {
  const { now, timezone } = options;
  const state = { ...fullState, records: fullState.records.filter((r) => Date.parse(r.at) <= now.getTime()) };
  const clock = planClock(now, plan.data.year, timezone);
  const scope = (options.agency ? plan.ledBy(options.agency) : [...plan.tasks]).toSorted((a, b) => compareIds(a.id, b.id));
  const st = standings(plan, state, scope, clock.at);
  const last = lastReports(state);
  const since = (options.since ?? new Date(now.getTime() - DEFAULT_SINCE_DAYS * 86_400_000)).getTime();
  const out: DigestSections = {
    clock,
    due: [],
    overdue: [],
    stale: [],
    completed: [],
    quarter: { total: 0, yearLong: 0, tasks: [], counts: { done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0, not_reported: 0 } },
  };
  for (const task of scope) {
    const standing = st.byTask.get(task.id)!;
    const status = st.statuses.get(task.id);
    const inQuarter = dated(task).find((m) => (m.period === null ? m.due >= clock.quarterStart && m.due <= clock.quarterEnd : milestoneIn(m, { kind: "quarter", quarter: clock.quarter })));
    if (task.milestones.some((m) => m.period === "year")) out.quarter.yearLong++;
    if (inQuarter) {
      out.quarter.total++;
      out.quarter.tasks.push(task);
      out.quarter.counts[standing]++;
    }
    if (status?.status === "done") {
      const at = Date.parse(status.record.at);
      if (at > since) out.completed.push({ task, at: status.record.at, on: localDate(doneAt(status), timezone), late: standing === "done_late", pending: status.pending });
      continue;
    }
    if (standing === "overdue") {
      const due = firstDue(task)!;
      out.overdue.push({ task, due, daysLate: daysBetween(due, clock.date) });
      continue;
    }
    if (inQuarter) out.due.push({ task, due: inQuarter.due, daysLeft: daysBetween(clock.date, inQuarter.due) });
    const stale = staleness(task, last.get(task.id), clock, timezone);
    if (stale) out.stale.push(stale);
  }
  out.completed.sort(byTask);
  return out;
}

/**
 * A task not done and not overdue is stale when its last report is older than the window (14 days,
 * 3 days once its next deadline is two weeks away or less). A task never reported is stale only once
 * the period of its next deadline has started: nobody reports in January on a September task.
 */
export function staleness(task: Task, lastAt: string | undefined, clock: PlanClock, timezone: string): StaleEntry | undefined {
  const next = dated(task)
    .filter((m) => m.due >= clock.date)
    .sort((a, b) => a.due.localeCompare(b.due))[0];
  if (!next) return undefined;
  if (lastAt === undefined) return clock.date >= periodStart(next) ? { task, due: next.due } : undefined;
  const window = daysBetween(clock.date, next.due) <= NEAR_DEADLINE_DAYS ? STALE_DAYS_NEAR : STALE_DAYS_FAR;
  const days = daysBetween(localDate(new Date(lastAt), timezone), clock.today);
  return days > window ? { task, due: next.due, days } : undefined;
}

function periodStart(m: Milestone & { due: string }): string {
  const year = m.due.slice(0, 4);
  if (m.period === "year") return `${year}-01-01`;
  const quarter = m.period ? Number(m.period.slice(1)) : Math.floor((Number(m.due.slice(5, 7)) - 1) / 3) + 1;
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
}

/** Time of the latest report or note on each task. */
function lastReports(state: Readonly<State>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of state.records) if (r.task && (r.kind === "report" || r.kind === "note")) out.set(r.task, r.at);
  return out;
}
