import type { Store } from "../../ports/store.js";
import type { ProgressRecord, State } from "../state.js";

/** Which plan a record belongs to: records written before plans were told apart belong to the base plan. */
export const planOf = (r: ProgressRecord, basePlanId: string): string => r.planId ?? basePlanId;

/**
 * One plan's view of the shared store: reads see only that plan's progress records (everything else,
 * roster, channels, ledger, is shared), and records an update appends are tagged with the plan.
 */
export function scopedStore(store: Store, planId: string, basePlanId: string): Store {
  const mine = (r: ProgressRecord) => planOf(r, basePlanId) === planId;
  // The store's records only grow (see the Store port): each list's share is kept and extended by the
  // records added since, so a report's cost does not grow with the history.
  const shares = new WeakMap<readonly ProgressRecord[], { n: number; last?: ProgressRecord; all: boolean; own: ProgressRecord[] }>();
  const view = (state: Readonly<State>): Readonly<State> => {
    const records = state.records;
    let share = shares.get(records);
    if (!share || share.n > records.length || (share.n > 0 && records[share.n - 1] !== share.last)) {
      share = { n: 0, all: true, own: [] };
      shares.set(records, share);
    }
    for (; share.n < records.length; share.n++) {
      const r = (share.last = records[share.n]!);
      if (mine(r)) share.own.push(r);
      else share.all = false;
    }
    return share.all ? state : { ...state, records: share.own };
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
