import { emptyState, type State } from "../../core/state.js";
import type { Store } from "../../ports/store.js";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A working in-memory Store: same semantics as the file store (copy, mutate, commit; committed state frozen), no disk. */
export function createMemoryStore(initial: State = emptyState()): Store {
  let state = deepFreeze(structuredClone(initial));
  let queue: Promise<unknown> = Promise.resolve();
  return {
    read: (fn) => fn(state),
    update<T>(fn: (draft: State) => T): Promise<T> {
      const run = queue.then(() => {
        const draft = structuredClone(state);
        const result = fn(draft);
        state = deepFreeze(draft);
        return result;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    close: async () => {},
  };
}
