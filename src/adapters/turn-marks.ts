import { AsyncLocalStorage } from "node:async_hooks";
import type { State } from "../core/state.js";
import type { Store } from "../ports/store.js";

type Mark = (draft: State) => void;

const marks = new AsyncLocalStorage<Mark>();

/**
 * The store, with one addition: a write made while `duringTurn` runs also applies that turn's mark, in the
 * same durable write. A channel marks its inbox entry "handled" this way, so a crash after the bot's write
 * can never make a restart handle the message (and record the report) a second time.
 */
export function withTurnMarks(store: Store): Store {
  return {
    read: (fn) => store.read(fn),
    update(fn) {
      const mark = marks.getStore();
      if (!mark) return store.update(fn);
      return store.update((draft) => {
        const result = fn(draft);
        mark(draft);
        return result;
      });
    },
    close: () => store.close(),
  };
}

/** Runs one turn; every store write it makes (through a `withTurnMarks` store) carries `mark`. */
export function duringTurn<T>(mark: Mark, turn: () => Promise<T>): Promise<T> {
  return marks.run(mark, turn);
}
