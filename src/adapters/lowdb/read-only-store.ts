import { Low } from "lowdb";
import { emptyState } from "../../core/state.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";
import { committed } from "./append-draft.js";
import { entriesAfter } from "./journal.js";
import { readSnapshotAndJournal, replay, type StoreFiles } from "./load-state.js";
import { SnapshotFile, type Snapshot } from "./snapshot-file.js";
import { StoreError } from "./store-error.js";

const READ_ONLY_CODES = new Set(["EACCES", "EPERM", "EROFS"]);

/** The errno when opening failed only because the directory cannot be written. */
export function readOnlyReason(err: unknown): string | undefined {
  const code = ((err as { cause?: NodeJS.ErrnoException }).cause ?? (err as NodeJS.ErrnoException))?.code;
  return code && READ_ONLY_CODES.has(code) ? code : undefined;
}

/**
 * The store of a data directory this process may not write (permissions, a read-only mount): the
 * snapshot and journal as they are, for questions; every update is refused with STORE_READONLY and
 * nothing is written, not even a lock (so a writer elsewhere is not kept out).
 */
export async function openReadOnly(files: StoreFiles, logger: Logger, reason: string): Promise<Store> {
  const db = new Low<Snapshot | null>(new SnapshotFile(files.state), null);
  const scan = await readSnapshotAndJournal(db, files);
  const { commit, ...base } = db.data ?? { ...emptyState(), commit: 0 };
  const state = committed(replay(base, entriesAfter(scan, commit, files.journal, files.state), files.journal));
  logger.warn({ dir: files.dir, reason }, `store: ${files.dir} is read-only (${reason}): questions are answered from what it holds, but reports cannot be saved until this user may write there`);
  const refused = () => new StoreError("STORE_READONLY", `Cannot save: the data directory ${files.dir} is read-only (${reason}); nothing was stored. Give this user write access to it and try again.`);
  return {
    read: (fn) => fn(state),
    update: () => Promise.reject(refused()),
    close: async () => {},
  };
}
