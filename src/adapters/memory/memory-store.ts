import { emptyState, type State } from "../../core/state.js";
import type { Store } from "../../ports/store.js";

/** A working in-memory Store: same semantics as the file store (copy, mutate, commit), no disk. */
export function createMemoryStore(initial: State = emptyState()): Store {
  let state = structuredClone(initial);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    read: (fn) => fn(state),
    update<T>(fn: (draft: State) => T): Promise<T> {
      const run = queue.then(() => {
        const draft = structuredClone(state);
        const result = fn(draft);
        state = draft;
        return result;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    close: async () => {},
  };
}
