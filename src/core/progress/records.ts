import type { ProgressRecord, State, Status } from "../state.js";

/** The status a task has now, after undos and review decisions. */
export interface TaskStatus {
  status: Status;
  percent?: number;
  /** The report that set it. */
  record: ProgressRecord;
  /** True while an office user has not yet confirmed it (REVIEW_REQUIRED). */
  pending: boolean;
}

/** Seqs that no longer count: undone, or returned by a reviewer. */
function voided(records: readonly ProgressRecord[]): Set<number> {
  const out = new Set<number>();
  for (const r of records) {
    if (r.kind === "undo" && r.ref !== undefined) out.add(r.ref);
    if (r.kind === "review" && r.review === "returned" && r.ref !== undefined) out.add(r.ref);
  }
  return out;
}

export function reviewOf(records: readonly ProgressRecord[], seq: number): "pending" | "confirmed" | "returned" | undefined {
  let state: "pending" | "confirmed" | "returned" | undefined;
  for (const r of records) {
    if (r.seq === seq && r.review) state = r.review;
    if (r.kind === "review" && r.ref === seq) state = r.review;
  }
  return state;
}

// Committed state is immutable: one computation per records array serves every question until the next write.
const cache = new WeakMap<readonly ProgressRecord[], Map<string, TaskStatus>>();

/** Latest effective status of every task that has one (one pass over the history). */
export function taskStatuses(state: Readonly<State>): Map<string, TaskStatus> {
  const frozen = Object.isFrozen(state.records);
  const hit = frozen ? cache.get(state.records) : undefined;
  if (hit) return hit;
  const gone = voided(state.records);
  const decided = new Map<number, "pending" | "confirmed" | "returned">();
  for (const r of state.records) if (r.kind === "review" && r.ref !== undefined && r.review) decided.set(r.ref, r.review);
  const out = new Map<string, TaskStatus>();
  for (const r of state.records) {
    if (r.kind !== "report" || !r.task || !r.status || gone.has(r.seq)) continue;
    const review = decided.get(r.seq) ?? r.review;
    out.set(r.task, { status: r.status, percent: r.percent, record: r, pending: review === "pending" });
  }
  if (frozen) cache.set(state.records, out);
  return out;
}

/** Every change to a task (or target), oldest first, including notes, undos and reviews. */
export function historyOf(state: Readonly<State>, id: { task?: string; target?: string }): ProgressRecord[] {
  const refs = new Set(state.records.filter((r) => (id.task && r.task === id.task) || (id.target && r.target === id.target)).map((r) => r.seq));
  return state.records.filter((r) => refs.has(r.seq) || (r.ref !== undefined && refs.has(r.ref)));
}

/** Latest report or note by a user that still counts (what "hoàn tác" would undo). */
export function lastUndoable(state: Readonly<State>, user: string): ProgressRecord | undefined {
  const gone = voided(state.records);
  for (let i = state.records.length - 1; i >= 0; i--) {
    const r = state.records[i]!;
    if (r.user !== user) continue;
    if ((r.kind === "report" || r.kind === "note") && !gone.has(r.seq)) return r;
  }
  return undefined;
}

export function lastTouched(state: Readonly<State>): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of state.records) if (r.task) out.set(r.task, r.at);
  return out;
}
