import type { Store } from "../../ports/store.js";
import type { ProgressRecord, State } from "../state.js";

/** Which plan a record belongs to: records written before plans were told apart belong to the base plan. */
export const planOf = (r: ProgressRecord, basePlanId: string): string => r.planId ?? basePlanId;

/**
 * One plan's view of the shared store: reads see only that plan's progress records (everything else,
 * roster, channels, ledger, is shared), and records an update appends are tagged with the plan.
 */
export function scopedStore(store: Store, planId: string, basePlanId: string): Store {
  // Committed states are immutable, so one filtered (and frozen) list per records array serves every read.
  const views = new WeakMap<readonly ProgressRecord[], readonly ProgressRecord[]>();
  const mine = (r: ProgressRecord) => planOf(r, basePlanId) === planId;
  // The file store shares unchanged records between commits: when the last list was all ours and the new
  // one only appends to it, only the appended records need a look, so a report's cost does not grow with history.
  let lastOwn: readonly ProgressRecord[] | undefined;
  const allMine = (records: readonly ProgressRecord[]) => {
    const n = lastOwn?.length ?? 0;
    const extends_ = lastOwn !== undefined && n > 0 && records.length >= n && records[n - 1] === lastOwn[n - 1];
    const own = extends_ ? records.slice(n).every(mine) : records.every(mine);
    lastOwn = own ? records : undefined;
    return own;
  };
  const view = (state: Readonly<State>): Readonly<State> => {
    let records = views.get(state.records);
    if (!records) {
      const own = allMine(state.records);
      records = own ? state.records : Object.freeze(state.records.filter(mine));
      views.set(state.records, records);
    }
    return records === state.records ? state : { ...state, records: records as ProgressRecord[] };
  };
  return {
    read: (fn) => store.read((state) => fn(view(state))),
    update: (fn) =>
      store.update((draft) => {
        // Only this plan's records: otherwise task 2 of one plan would take its "previous status" from another's.
        const shared = !store.read((state) => view(state).records === state.records);
        if (shared) return fn(scopedDraft(draft, mine, planId));
        const before = draft.records.length;
        const result = fn(draft);
        for (let i = before; i < draft.records.length; i++) draft.records[i]!.planId ??= planId;
        return result;
      }),
    close: () => store.close(),
  };
}

/**
 * The draft with `records` narrowed to one plan. Appending (what undo, review and target reports do) goes
 * straight to the real list, tagged; the narrowed list is built only when an update reads the records.
 */
function scopedDraft(draft: State, mine: (r: ProgressRecord) => boolean, planId: string): State {
  const all = draft.records;
  let own: ProgressRecord[] | undefined;
  const narrowed = () => (own ??= all.filter(mine));
  const push = (...added: ProgressRecord[]) => {
    for (const r of added) {
      r.planId ??= planId;
      all.push(r);
      own?.push(r);
    }
    return own?.length ?? all.length;
  };
  const records = new Proxy([] as ProgressRecord[], {
    get: (_t, key) => {
      if (key === "push") return push;
      const list = narrowed();
      const value: unknown = Reflect.get(list, key);
      return typeof value === "function" ? value.bind(list) : value;
    },
    has: (_t, key) => Reflect.has(narrowed(), key),
  });
  return new Proxy(draft, {
    get: (target, key) => (key === "records" ? records : Reflect.get(target, key)),
    set: (target, key, value) => key !== "records" && Reflect.set(target, key, value),
  });
}
