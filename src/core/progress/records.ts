import type { ProgressRecord, State } from "../state.js";
import { Fold, type TaskStatus } from "./record-fold.js";

export type { TaskStatus };

/** What the first `n` records of one history say: statuses and target values as of then. */
interface View {
  fold: Fold;
  n: number;
  statuses: ReadonlyMap<string, TaskStatus>;
  values: ReadonlyMap<string, ReadonlyMap<string, ProgressRecord>>;
}

// The store's committed records are one list that only grows: its view is folded on from where it was, so
// a question after a write costs the records written since. A new list (another plan's share, a filtered
// copy) that continues a recent history is folded on from that history's newest view.
const views = new WeakMap<readonly ProgressRecord[], View>();
const newest: View[] = [];
const KEEP = 4;

function viewOf(records: readonly ProgressRecord[]): View {
  const known = views.get(records);
  if (known && known.n === records.length && (known.n === 0 || records[known.n - 1] === known.fold.all[known.n - 1])) return known;
  // Only a history's newest view may be folded on: an older one's fold already holds later records.
  const from = [known, ...newest].find((v) => v && v.n === v.fold.all.length && continues(records, v.fold));
  const view = advance(from ?? { fold: new Fold(), n: 0, statuses: new Map(), values: new Map() }, records);
  views.set(records, view);
  const at = from ? newest.indexOf(from) : -1;
  if (at >= 0) newest.splice(at, 1);
  newest.unshift(view);
  newest.length = Math.min(newest.length, KEEP);
  return view;
}

/** Records are append-only, so a list that holds the fold's first and last record continues it. */
function continues(records: readonly ProgressRecord[], fold: Fold): boolean {
  const m = fold.all.length;
  return m > 0 && records.length >= m && records[0] === fold.all[0] && records[m - 1] === fold.all[m - 1];
}

function advance(view: View, records: readonly ProgressRecord[]): View {
  const n = records.length;
  if (n === view.n) return view;
  const { tasks, targets } = view.fold.add(records);
  const statuses = new Map(view.statuses);
  for (const task of tasks) {
    const s = view.fold.statusOf(task, n);
    if (s) statuses.set(task, s);
    else statuses.delete(task);
  }
  const values = new Map(view.values);
  for (const target of targets) {
    const v = view.fold.valuesOfTarget(target, n);
    if (v) values.set(target, v);
    else values.delete(target);
  }
  return { fold: view.fold, n, statuses, values };
}

/** Latest effective status of every task that has one. */
export function taskStatuses(state: Readonly<State>): ReadonlyMap<string, TaskStatus> {
  return viewOf(state.records).statuses;
}

/** Latest value per target part ("" for a single-value target), after undos. */
export function targetValues(state: Readonly<State>): ReadonlyMap<string, ReadonlyMap<string, ProgressRecord>> {
  return viewOf(state.records).values;
}

export function reviewOf(state: Readonly<State>, seq: number): "pending" | "confirmed" | "returned" | undefined {
  const v = viewOf(state.records);
  return v.fold.reviewOf(seq, v.n);
}

/** The task's latest report still awaiting an office user's decision. */
export function pendingReport(state: Readonly<State>, task: string): ProgressRecord | undefined {
  const v = viewOf(state.records);
  return v.fold
    .history({ task }, v.n)
    .reverse()
    .find((r) => r.task === task && r.kind === "report" && v.fold.reviewOf(r.seq, v.n) === "pending");
}

/** Every change to a task (or target), oldest first, including notes, undos and reviews. */
export function historyOf(state: Readonly<State>, id: { task?: string; target?: string }): ProgressRecord[] {
  const v = viewOf(state.records);
  return v.fold.history(id, v.n);
}

/** Latest report or note by a user that still counts (what "hoàn tác" would undo). */
export function lastUndoable(state: Readonly<State>, user: string): ProgressRecord | undefined {
  const v = viewOf(state.records);
  return v.fold.lastUndoable(user, v.n);
}

/** Whether a record no longer counts: undone, or returned by a reviewer. */
export function isVoided(state: Readonly<State>, seq: number): boolean {
  const v = viewOf(state.records);
  return v.fold.voided(seq, v.n);
}
