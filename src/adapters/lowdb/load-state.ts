import path from "node:path";
import { Immer } from "immer";
import type { Low } from "lowdb";
import { stateSchema, type State } from "../../core/state.js";
import { listBackups, restoreHint } from "./backups.js";
import { readJournal, type JournalEntry, type JournalScan } from "./journal.js";
import { describeIssues, type Snapshot } from "./snapshot-file.js";
import { StoreError } from "./store-error.js";

const immer = new Immer({ autoFreeze: false });

export interface StoreFiles {
  dir: string;
  state: string;
  journal: string;
  mark: string;
  backups: string;
}

export const STATE_FILE = "cchc-bot.json";
export const JOURNAL_FILE = "cchc-bot.journal";
export const MARK_FILE = "cchc-bot.journal.last";
export const BACKUPS_DIR = "backups";

export function filesIn(dir: string): StoreFiles {
  return {
    dir,
    state: path.join(dir, STATE_FILE),
    journal: path.join(dir, JOURNAL_FILE),
    mark: path.join(dir, MARK_FILE),
    backups: path.join(dir, BACKUPS_DIR),
  };
}

/** Reads both files; a bad or missing snapshot becomes a typed error with the restore command. */
export async function readSnapshotAndJournal(db: Low<Snapshot | null>, files: StoreFiles): Promise<JournalScan> {
  let scan: JournalScan | undefined;
  let problem: StoreError | undefined;
  try {
    await db.read();
  } catch (err) {
    if (!(err instanceof StoreError) || err.code !== "STORE_CORRUPT") throw err;
    problem = err;
  }
  try {
    scan = await readJournal(files.journal);
  } catch (err) {
    if (!problem) throw err;
  }
  if (problem) {
    const hint = await restoreHint(files.state, files.backups, files.journal, scan);
    throw new StoreError("STORE_CORRUPT", `Cannot open the store: ${problem.message} The file was left untouched.\n${hint}`);
  }
  if (db.data === null && (await listBackups(files.backups)).length > 0) {
    const hint = await restoreHint(files.state, files.backups, files.journal, scan);
    throw new StoreError(
      "STORE_MISSING",
      `Cannot open the store: ${files.state} is missing, but ${files.backups} holds backups, so starting empty ` +
        `would lose them.\n${hint}\nTo start empty on purpose, move the backups away: mv "${files.backups}" "${files.backups}.old"`,
    );
  }
  return scan!;
}

export function replay(base: State, entries: JournalEntry[], journalFile: string): State {
  if (entries.length === 0) return base;
  let replayed: unknown;
  try {
    const draft = immer.createDraft(base);
    for (const entry of entries) immer.applyPatches(draft, entry.p);
    replayed = immer.finishDraft(draft);
  } catch (err) {
    throw new StoreError("STORE_CORRUPT", `Cannot open the store: ${journalFile} does not apply to the snapshot: ${(err as Error).message}`);
  }
  const result = stateSchema.safeParse(replayed);
  if (!result.success) {
    throw new StoreError("STORE_CORRUPT", `Cannot open the store: replaying ${journalFile} gives a wrong shape: ${describeIssues(result.error)}`);
  }
  return result.data;
}
