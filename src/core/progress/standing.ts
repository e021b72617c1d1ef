import type { Plan } from "../plan/plan.js";
import type { Task } from "../plan/schema.js";
import type { State } from "../state.js";
import { planClock } from "../reminders/plan-clock.js";
import { taskStatuses, type TaskStatus } from "./records.js";

export type Standing = "done_on_time" | "done_late" | "in_progress" | "overdue" | "not_reported";

export const STANDINGS: Standing[] = ["done_on_time", "done_late", "in_progress", "overdue", "not_reported"];

/** First deadline of a task: once it has passed and the task is not done, the task is overdue. */
export function firstDue(task: Task): string | undefined {
  return task.milestones
    .map((m) => m.due)
    .filter((d): d is string => d !== null)
    .sort()[0];
}

export function lastDue(task: Task): string | undefined {
  return task.milestones
    .map((m) => m.due)
    .filter((d): d is string => d !== null)
    .sort()
    .pop();
}

/** Deadlines are whole days in Việt Nam: a task due 30/06 is late from 01/07 00:00 (+07:00). */
export function pastDue(due: string, at: Date): boolean {
  return at.getTime() >= new Date(`${due}T00:00:00+07:00`).getTime() + 86_400_000;
}

/**
 * One deadline for both sides: a task is overdue once its first deadline has passed undone, and done
 * late if it was done after that same deadline. A done report still awaiting confirmation counts as
 * in progress until an office user confirms it.
 */
export function standingOf(task: Task, status: TaskStatus | undefined, now: Date, planYear?: number): Standing {
  const due = firstDue(task);
  if (status?.status === "done" && !status.pending) return due && pastDue(due, doneAt(status, planYear)) ? "done_late" : "done_on_time";
  if (due && pastDue(due, now)) return "overdue";
  return status && status.status !== "not_started" ? "in_progress" : "not_reported";
}

// Deadlines are whole days in Việt Nam (see pastDue).
const DEADLINE_ZONE = "Asia/Ho_Chi_Minh";

/**
 * When the work was done: the date of the document that proves it ("QĐ … ngày 10/3/2023") when the
 * report gives one no later than the report itself, else the time of the report.
 */
export function doneAt(status: TaskStatus, planYear?: number): Date {
  // A report made with a clock in another year than the plan's is read on the plan clock, like "today".
  const reported = planYear === undefined ? new Date(status.record.at) : planClock(new Date(status.record.at), planYear, DEADLINE_ZONE).at;
  const date = status.record.evidence?.date;
  const proved = date ? new Date(`${date}T00:00:00+07:00`) : undefined;
  return proved && proved.getTime() <= reported.getTime() ? proved : reported;
}

export interface Standings {
  byTask: Map<string, Standing>;
  statuses: ReadonlyMap<string, TaskStatus>;
  counts: Record<Standing, number>;
}

export function standings(plan: Plan, state: Readonly<State>, tasks: readonly Task[], now: Date): Standings {
  const statuses = taskStatuses(state);
  const byTask = new Map<string, Standing>();
  const counts = Object.fromEntries(STANDINGS.map((s) => [s, 0])) as Record<Standing, number>;
  for (const task of tasks) {
    const s = standingOf(task, statuses.get(task.id), now, plan.data.year);
    byTask.set(task.id, s);
    counts[s]++;
  }
  return { byTask, statuses, counts };
}
