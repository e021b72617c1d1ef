import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { historyOf, lastUndoable, pendingReport, taskStatuses, targetValues } from "../../../src/core/progress/records.js";
import type { ProgressRecord, State, Status } from "../../../src/core/state.js";

/** The history rescanned from scratch, as it was computed before the fold: the reference to agree with. */
function reference(records: readonly ProgressRecord[]) {
  const voided = new Set(records.filter((r) => (r.kind === "undo" || (r.kind === "review" && r.review === "returned")) && r.ref !== undefined).map((r) => r.ref!));
  const undone = new Set(records.filter((r) => r.kind === "undo" && r.ref !== undefined).map((r) => r.ref!));
  const reviews = new Map<number, string | undefined>();
  for (const r of records) {
    if (r.review) reviews.set(r.seq, r.review);
    if (r.kind === "review" && r.ref !== undefined) reviews.set(r.ref, r.review);
  }
  const reviewOf = (seq: number) => reviews.get(seq);
  const statuses = new Map<string, { status: Status; seq: number; pending: boolean }>();
  const values = new Map<string, Map<string, number>>();
  for (const r of records) {
    if (r.kind === "report" && r.task && r.status && !voided.has(r.seq)) statuses.set(r.task, { status: r.status, seq: r.seq, pending: reviewOf(r.seq) === "pending" });
    if (r.kind === "report" && r.target && r.value && !undone.has(r.seq)) values.set(r.target, new Map(values.get(r.target)).set(r.part ?? "", r.seq));
  }
  const history = (task: string) => {
    const refs = new Set(records.filter((r) => r.task === task).map((r) => r.seq));
    return records.filter((r) => refs.has(r.seq) || (r.ref !== undefined && refs.has(r.ref))).map((r) => r.seq);
  };
  const undoable = (user: string) => [...records].reverse().find((r) => r.user === user && (r.kind === "report" || r.kind === "note") && !voided.has(r.seq))?.seq;
  const pending = (task: string) => [...records].reverse().find((r) => r.task === task && r.kind === "report" && reviewOf(r.seq) === "pending")?.seq;
  return { statuses, values, history, undoable, pending };
}

function seeded(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const TASKS = ["1", "2", "3", "4"];
const USERS = ["zalo:a", "slack:b", "console:c"];
const STATUSES: Status[] = ["not_started", "in_progress", "done", "blocked"];

/** One random change of every kind the bot writes: reports (some awaiting review), notes, target values, undos, reviews. */
function change(d: State, next: () => number): void {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const base = { seq: ++d.seq, user: pick(USERS), channel: "console:test", at: new Date(Date.UTC(2023, 0, 1, 0, d.seq)).toISOString(), text: "x" };
  const earlier = d.records.length ? d.records[Math.floor(next() * d.records.length)]! : undefined;
  const roll = next();
  if (roll < 0.4) d.records.push({ ...base, kind: "report", task: pick(TASKS), status: pick(STATUSES), percent: Math.floor(next() * 100), ...(next() < 0.3 ? { review: "pending" as const } : {}) });
  else if (roll < 0.5) d.records.push({ ...base, kind: "note", task: pick(TASKS), note: "ghi chú" });
  else if (roll < 0.6)
    d.records.push({ ...base, kind: "report", target: pick(["1.1", "2.3"]), value: `${Math.floor(next() * 100)}%`, ...(next() < 0.5 ? { part: pick(["cấp xã", "cấp tỉnh"]) } : {}) });
  else if (roll < 0.8 && earlier) d.records.push({ ...base, kind: "undo", task: earlier.task, target: earlier.target, ref: earlier.seq });
  else if (earlier) d.records.push({ ...base, kind: "review", task: earlier.task, ref: earlier.seq, review: next() < 0.5 ? "confirmed" : "returned" });
}

describe("the record fold", () => {
  it("agrees with a rescan of the whole history after every single write, including for a state read before it", async () => {
    const store = createMemoryStore();
    const next = seeded(20231203);
    let previous: Readonly<State> | undefined;
    for (let i = 0; i < 300; i++) {
      await store.update((d) => change(d, next));
      const state = store.read((s) => s);
      const ref = reference(state.records);
      const statuses = [...taskStatuses(state)].map(([task, s]) => [task, { status: s.status, seq: s.record.seq, pending: s.pending }]);
      expect(new Map(statuses as [string, unknown][])).toEqual(ref.statuses);
      expect(new Map([...targetValues(state)].map(([t, parts]) => [t, new Map([...parts].map(([p, r]) => [p, r.seq]))]))).toEqual(ref.values);
      for (const task of TASKS) {
        expect(historyOf(state, { task }).map((r) => r.seq)).toEqual(ref.history(task));
        expect(pendingReport(state, task)?.seq).toBe(ref.pending(task));
      }
      for (const user of USERS) expect(lastUndoable(state, user)?.seq).toBe(ref.undoable(user));
      // A state read before this write answers as the store answers now: the records list is shared and only grows.
      if (previous) expect(taskStatuses(previous)).toBe(taskStatuses(state));
      previous = state;
    }
    const kinds = new Set(store.read((s) => s.records.map((r) => r.kind)));
    expect(kinds).toEqual(new Set(["report", "note", "undo", "review"]));
  });

  it("sees an undo and a returned review at once, and a report awaiting review as pending until confirmed", async () => {
    const store = createMemoryStore();
    const at = "2023-03-01T02:00:00.000Z";
    const add = (r: Omit<ProgressRecord, "seq" | "channel" | "at" | "text" | "user"> & { user?: string }) =>
      store.update((d) => void d.records.push({ user: "zalo:a", channel: "c", at, text: "t", ...r, seq: ++d.seq }));
    const status = () => store.read((s) => taskStatuses(s).get("1"));
    await add({ kind: "report", task: "1", status: "in_progress" });
    await add({ kind: "report", task: "1", status: "done", review: "pending" });
    expect(status()).toMatchObject({ status: "done", pending: true });
    expect(store.read((s) => pendingReport(s, "1"))?.seq).toBe(2);
    await add({ kind: "review", task: "1", ref: 2, review: "returned", user: "slack:office" });
    expect(status()).toMatchObject({ status: "in_progress", pending: false });
    expect(store.read((s) => pendingReport(s, "1"))).toBeUndefined();
    await add({ kind: "undo", task: "1", ref: 1 });
    expect(status()).toBeUndefined();
    expect(store.read((s) => lastUndoable(s, "zalo:a"))).toBeUndefined();
    expect(store.read((s) => historyOf(s, { task: "1" }).map((r) => r.kind))).toEqual(["report", "report", "review", "undo"]);
  });
});
