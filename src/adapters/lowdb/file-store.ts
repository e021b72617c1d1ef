import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Immer } from "immer";
import { Low } from "lowdb";
import { emptyState, type State } from "../../core/state.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";
import { listBackups, removeWriteTemps, takeBackup } from "./backups.js";
import { lockDataDir, removeDeadLockTemps, type DirLock } from "./dir-lock.js";
import { appendRecords, committed, draftUpdate, type RecordList } from "./append-draft.js";
import { entriesAfter, JournalWriter, type JournalEntry } from "./journal.js";
import { CommitMark, missingUpdates } from "./commit-mark.js";
import { filesIn, readSnapshotAndJournal, replay, type StoreFiles } from "./load-state.js";
import { openReadOnly, readOnlyReason } from "./read-only-store.js";
import { SnapshotFile, type Snapshot } from "./snapshot-file.js";
import { StoreError } from "./store-error.js";

// Immer's own auto-freeze walks every element of a changed array (10 ms per update at 50k records);
// freezeChanges freezes only what the patches touched, so committed state stays read-only.
const immer = new Immer({ autoFreeze: false });

export interface FileStoreOptions {
  dataDir: string;
  logger: Logger;
  /** Backups kept in <dataDir>/backups (default 5). */
  backups?: number;
  /** Journal entries after which the snapshot is rewritten and the journal emptied (default 1000). */
  checkpointEvery?: number;
  /** Least time between two backups taken while running (default 10 minutes); one is also taken at open. */
  backupIntervalMs?: number;
  now?: () => number;
}

export { BACKUPS_DIR, JOURNAL_FILE, MARK_FILE, STATE_FILE } from "./load-state.js";
const MAX_JOURNAL_BYTES = 64 * 1024 * 1024;

/**
 * The durable Store. <dataDir>/cchc-bot.json is a snapshot (compact JSON, written atomically with lowdb
 * and a custom adapter); each update appends its changes (immer patches, and the records it added) to
 * cchc-bot.journal and fdatasyncs it before resolving. Records are append-only and never copied, so an
 * update costs what it changes, not the history (see `npm run bench`). The journal is folded into the
 * snapshot every `checkpointEvery` updates, at open and at close.
 *
 * A damaged file is never repaired or overwritten: opening fails with STORE_CORRUPT and the exact
 * command that restores the newest good backup. Restoring on our own would silently drop recent
 * reports, and a person should know that happened.
 */
export async function openFileStore(options: FileStoreOptions): Promise<Store> {
  const dataDir = path.resolve(options.dataDir);
  const logger = options.logger.child({ component: "store" });
  let lock: DirLock | undefined;
  try {
    await mkdir(dataDir, { recursive: true });
    lock = await lockDataDir(dataDir, logger);
    return await FileStore.open(dataDir, logger, lock, options);
  } catch (err) {
    await lock?.release();
    // A directory we may read but not write still answers questions; only saving is refused.
    const reason = lock ? undefined : readOnlyReason(err);
    if (reason) return openReadOnly(filesIn(dataDir), logger, reason);
    if (err instanceof StoreError) throw err;
    throw new StoreError("STORE_IO", `Cannot open the store in ${dataDir}: ${(err as Error).message}`, { cause: err });
  }
}

class FileStore implements Store {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private lastBackupAt: number;

  private constructor(
    private state: State,
    private commit: number,
    private readonly db: Low<Snapshot | null>,
    private readonly journal: JournalWriter,
    private readonly mark: CommitMark,
    private readonly lock: DirLock,
    private readonly files: StoreFiles,
    private readonly settings: Settings,
  ) {
    this.lastBackupAt = settings.now();
  }

  static async open(dataDir: string, logger: Logger, lock: DirLock, options: FileStoreOptions): Promise<FileStore> {
    const started = performance.now();
    const files = filesIn(dataDir);
    const settings = {
      logger,
      keep: options.backups ?? 5,
      checkpointEvery: options.checkpointEvery ?? 1000,
      backupIntervalMs: options.backupIntervalMs ?? 10 * 60_000,
      now: options.now ?? Date.now,
    };
    const removed = [...(await removeWriteTemps(dataDir)), ...(await removeWriteTemps(files.backups)), ...(await removeDeadLockTemps(dataDir))];
    if (removed.length) logger.warn({ removed }, "store: removed temp files left by an interrupted write");

    const db = new Low<Snapshot | null>(new SnapshotFile(files.state), null);
    const scan = await readSnapshotAndJournal(db, files);
    const base = db.data ?? { ...emptyState(), commit: 0 };
    const { commit: baseCommit, ...baseState } = base;
    const pending = entriesAfter(scan, baseCommit, files.journal, files.state);
    const state = committed(replay(baseState, pending, files.journal));
    const commit = pending.at(-1)?.c ?? baseCommit;
    const confirmed = await CommitMark.read(files.mark);
    if (confirmed !== undefined && confirmed > commit) {
      logger.warn({ file: files.journal, reached: commit, confirmed }, `store: ${await missingUpdates(files, commit, confirmed)}`);
    } else if (scan.tornBytes) {
      logger.warn({ file: files.journal, bytes: scan.tornBytes }, "store: dropped an unconfirmed update cut short by a crash");
    }

    const journal = await JournalWriter.open(files.journal);
    const mark = await CommitMark.open(files.mark).catch(async (err: unknown) => {
      await journal.close();
      throw err;
    });
    const store = new FileStore(state, commit, db, journal, mark, lock, files, settings);
    try {
      await mark.write(commit);
      if (db.data === null || scan.bytes > 0) await store.writeSnapshot();
      if ((await listBackups(files.backups))[0]?.commit !== commit) await store.backup();
    } catch (err) {
      await journal.close();
      await mark.close();
      throw err;
    }
    const ms = Math.round(performance.now() - started);
    logger.info({ file: files.state, commit, records: state.records.length, replayed: pending.length, ms }, "store: opened");
    return store;
  }

  read<T>(fn: (state: Readonly<State>) => T): T {
    return fn(this.state);
  }

  update<T>(fn: (draft: State) => T): Promise<T> {
    if (this.closed) return Promise.reject(new StoreError("STORE_CLOSED", `The store in ${this.files.dir} is closed`));
    const run = this.queue.then(() => this.apply(fn));
    this.queue = run.then(
      () => this.maybeCheckpoint(),
      () => undefined,
    );
    return run;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    try {
      // A session's last changes get a backup too: restoring must never fall back to an older state.
      if (this.journal.size > 0) {
        await this.writeSnapshot();
        await this.backup();
      }
    } catch (err) {
      this.settings.logger.error({ err }, "store: final checkpoint failed; the journal still holds every update");
    } finally {
      await this.journal.close();
      await this.mark.close();
      await this.lock.release();
    }
  }

  private async apply<T>(fn: (draft: State) => T): Promise<T> {
    // A throwing fn leaves the draft unfinished: it is dropped and nothing changes.
    const { result, next, patches, added } = draftUpdate(immer, this.state, fn);
    if (!next) return result;
    const entry: JournalEntry = { c: this.commit + 1, p: patches };
    await this.journal.append(entry);
    await this.mark.write(entry.c).catch((err: unknown) => this.settings.logger.warn({ err }, "store: could not note the last confirmed update"));
    appendRecords(next.records as RecordList, added);
    this.state = next;
    this.commit = entry.c;
    return result;
  }

  private async maybeCheckpoint(): Promise<void> {
    const { checkpointEvery, backupIntervalMs, now, logger } = this.settings;
    const due = this.journal.count >= checkpointEvery || this.journal.size >= MAX_JOURNAL_BYTES || (this.journal.count > 0 && now() - this.lastBackupAt >= backupIntervalMs);
    if (!due) return;
    await this.checkpoint().catch((err: unknown) => {
      logger.error({ err }, "store: checkpoint failed; the journal still holds every update");
    });
  }

  private async checkpoint(): Promise<void> {
    await this.writeSnapshot();
    if (this.settings.now() - this.lastBackupAt >= this.settings.backupIntervalMs) await this.backup();
  }

  /** The snapshot first, then the journal is emptied: a crash in between only leaves entries it skips. */
  private async writeSnapshot(): Promise<void> {
    this.db.data = { ...this.state, commit: this.commit };
    await this.db.write();
    await this.journal.reset();
  }

  private async backup(): Promise<void> {
    const { keep, now, logger } = this.settings;
    this.lastBackupAt = now(); // before trying: a failing backup must not turn every update into a checkpoint
    const file = await takeBackup(this.files.state, this.files.backups, this.commit, new Date(this.lastBackupAt), keep);
    logger.debug({ file }, "store: backup taken");
  }
}

interface Settings {
  logger: Logger;
  keep: number;
  checkpointEvery: number;
  backupIntervalMs: number;
  now: () => number;
}
