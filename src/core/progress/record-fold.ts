import type { ProgressRecord, Status } from "../state.js";

/** The status a task has now, after undos and review decisions. */
export interface TaskStatus {
  status: Status;
  percent?: number;
  /** The report that set it. */
  record: ProgressRecord;
  /** True while an office user has not yet confirmed it (REVIEW_REQUIRED). */
  pending: boolean;
}

/**
 * What every question needs about the records, kept up to date one record at a time. Records are
 * append-only (the store refuses to change a stored one), so each new list of records extends the
 * one before it, and a write costs the records it added, not the whole history.
 *
 * The lists below are shared by every view of one history and only ever grow; a view of the first
 * `n` records ignores positions from `n` on, so an older state read before a write stays right.
 */
export class Fold {
  readonly all: ProgressRecord[] = [];
  private readonly posOf = new Map<number, number>();
  /** Position of the record that voided a seq (an undo, or a review returning it). */
  private readonly voidedAt = new Map<number, number>();
  /** Position of the undo of a seq (a returned review does not take a target value back). */
  private readonly undoneAt = new Map<number, number>();
  /** Positions of the records that set a seq's review state, oldest first. */
  private readonly reviewsOf = new Map<number, number[]>();
  private readonly reportsOf = new Map<string, number[]>();
  private readonly valuesOf = new Map<string, number[]>();
  private readonly touching = new Map<string, number[]>();
  private readonly byUser = new Map<string, number[]>();

  /** Folds the records from `all.length` on; returns the tasks and targets whose standing may have changed. */
  add(records: readonly ProgressRecord[]): { tasks: Set<string>; targets: Set<string> } {
    const tasks = new Set<string>();
    const targets = new Set<string>();
    for (let p = this.all.length; p < records.length; p++) {
      const r = records[p]!;
      this.all.push(r);
      this.posOf.set(r.seq, p);
      const referred = r.ref === undefined ? undefined : this.record(r.ref, p);
      if (r.review) push(this.reviewsOf, r.seq, p);
      if (r.ref !== undefined) {
        if (r.kind === "review" && r.review) push(this.reviewsOf, r.ref, p);
        if (r.kind === "undo" || (r.kind === "review" && r.review === "returned")) setOnce(this.voidedAt, r.ref, p);
        if (r.kind === "undo") setOnce(this.undoneAt, r.ref, p);
      }
      if (r.kind === "report" && r.task && r.status) push(this.reportsOf, r.task, p);
      if (r.kind === "report" && r.target && r.value) push(this.valuesOf, r.target, p);
      if ((r.kind === "report" || r.kind === "note") && r.user) push(this.byUser, r.user, p);
      const keys = new Set([r.task && `t:${r.task}`, r.target && `g:${r.target}`, referred?.task && `t:${referred.task}`, referred?.target && `g:${referred.target}`]);
      for (const key of keys) if (key) push(this.touching, key, p);
      for (const x of [r, referred]) {
        if (x?.task) tasks.add(x.task);
        if (x?.target) targets.add(x.target);
      }
    }
    return { tasks, targets };
  }

  /** The record with this seq among the first n, if any. */
  record(seq: number, n: number): ProgressRecord | undefined {
    const p = this.posOf.get(seq);
    return p !== undefined && p < n ? this.all[p] : undefined;
  }

  voided(seq: number, n: number): boolean {
    return before(this.voidedAt.get(seq), n);
  }

  reviewOf(seq: number, n: number): "pending" | "confirmed" | "returned" | undefined {
    return this.all[lastBefore(this.reviewsOf.get(seq), n) ?? -1]?.review;
  }

  /** The task's latest report that still counts (usually the last one: only undone ones are skipped). */
  statusOf(task: string, n: number): TaskStatus | undefined {
    const list = this.reportsOf.get(task) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const r = this.all[list[i]!]!;
      if (list[i]! >= n || this.voided(r.seq, n)) continue;
      return { status: r.status!, percent: r.percent, record: r, pending: this.reviewOf(r.seq, n) === "pending" };
    }
    return undefined;
  }

  /** Latest value per part ("" for a single-value target), after undos. */
  valuesOfTarget(target: string, n: number): Map<string, ProgressRecord> | undefined {
    const parts = new Map<string, ProgressRecord>();
    for (const p of this.valuesOf.get(target) ?? []) {
      const r = this.all[p]!;
      if (p < n && !before(this.undoneAt.get(r.seq), n)) parts.set(r.part ?? "", r);
    }
    return parts.size ? parts : undefined;
  }

  /** Every record about a task or target, and every record referring to one of them, oldest first. */
  history(key: { task?: string; target?: string }, n: number): ProgressRecord[] {
    const lists = [key.task && this.touching.get(`t:${key.task}`), key.target && this.touching.get(`g:${key.target}`)];
    const positions = [...new Set(lists.flatMap((l) => l || []))].filter((p) => p < n).sort((a, b) => a - b);
    return positions.map((p) => this.all[p]!);
  }

  /** The user's latest report or note that still counts. */
  lastUndoable(user: string, n: number): ProgressRecord | undefined {
    const list = this.byUser.get(user) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const r = this.all[list[i]!]!;
      if (list[i]! < n && !this.voided(r.seq, n)) return r;
    }
    return undefined;
  }
}

const before = (p: number | undefined, n: number) => p !== undefined && p < n;

function lastBefore(list: number[] | undefined, n: number): number | undefined {
  if (!list) return undefined;
  for (let i = list.length - 1; i >= 0; i--) if (list[i]! < n) return list[i];
  return undefined;
}

function push<K>(map: Map<K, number[]>, key: K, p: number): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

function setOnce<K>(map: Map<K, number>, key: K, p: number): void {
  if (!map.has(key)) map.set(key, p);
}
