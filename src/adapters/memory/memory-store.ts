import { Immer } from "immer";
import { emptyState, type State } from "../../core/state.js";
import type { Store } from "../../ports/store.js";
import { appendRecords, committed, draftUpdate, type RecordList } from "../lowdb/append-draft.js";

const immer = new Immer({ autoFreeze: false });

/**
 * A working in-memory Store with the file store's semantics (copy, mutate, commit; committed state frozen,
 * records append-only and shared), no disk.
 */
export function createMemoryStore(initial: State = emptyState()): Store {
  let state = committed(structuredClone(initial));
  let queue: Promise<unknown> = Promise.resolve();
  return {
    read: (fn) => fn(state),
    update<T>(fn: (draft: State) => T): Promise<T> {
      const run = queue.then(() => {
        // A throwing fn leaves the draft unfinished: it is dropped and nothing changes.
        const { result, next, added } = draftUpdate(immer, state, fn);
        if (next) {
          appendRecords(next.records as RecordList, added);
          state = next;
        }
        return result;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    close: async () => {},
  };
}
