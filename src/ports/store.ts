import type { State } from "../core/state.js";

/**
 * The bot's memory. Reads see the last committed state; every change goes through `update`,
 * which runs the mutation on a copy, persists it atomically (one write per call, queued),
 * and only then resolves. A mutation that throws changes nothing.
 */
export interface Store {
  read<T>(fn: (state: Readonly<State>) => T): T;
  update<T>(fn: (draft: State) => T): Promise<T>;
  close(): Promise<void>;
}
