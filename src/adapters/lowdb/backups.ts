import { mkdir, readdir, readFile, unlink } from "node:fs/promises";
import path from "node:path";
import type { JournalScan } from "./journal.js";
import { copyDurably, parseSnapshot } from "./snapshot-file.js";

const BACKUP_NAME = /^cchc-bot\.(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)\.c(\d+)\.json$/;
/** write-file-atomic's and copyDurably's temp files: `<name>.json.<digits>`. */
const WRITE_TEMP = /^cchc-bot\..*json\.\d+$/;

export interface Backup {
  file: string;
  stamp: string;
  commit: number;
}

/** Newest first. The name carries the time and the journal entry the backup holds. */
export async function listBackups(dir: string): Promise<Backup[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .flatMap((name) => {
      const m = BACKUP_NAME.exec(name);
      return m ? [{ file: path.join(dir, name), stamp: m[1]!, commit: Number(m[2]) }] : [];
    })
    .sort((a, b) => (a.stamp === b.stamp ? b.commit - a.commit : a.stamp < b.stamp ? 1 : -1));
}

/** Copies the (just validated or just written) snapshot into the backups and keeps the newest `keep`. */
export async function takeBackup(snapshotFile: string, dir: string, commit: number, now: Date, keep: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const file = path.join(dir, `cchc-bot.${stamp}.c${commit}.json`);
  await copyDurably(snapshotFile, file);
  for (const old of (await listBackups(dir)).slice(keep)) await unlink(old.file).catch(() => undefined);
  return file;
}

export async function newestGoodBackup(dir: string): Promise<Backup | undefined> {
  for (const backup of await listBackups(dir)) {
    const bytes = await readFile(backup.file).catch(() => undefined);
    if (bytes && parseSnapshot(bytes).ok) return backup;
  }
  return undefined;
}

/** Removes temp files of writes cut short by a crash; the file they were meant to replace is intact. */
export async function removeWriteTemps(dir: string): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => WRITE_TEMP.test(n));
  for (const name of names) await unlink(path.join(dir, name)).catch(() => undefined);
  return names.map((n) => path.join(dir, n));
}

/** The exact commands that bring back the newest good backup, keeping the journal when it continues it. */
export async function restoreHint(stateFile: string, dir: string, journalFile: string, journal?: JournalScan): Promise<string> {
  const good = await newestGoodBackup(dir);
  if (!good) {
    return `No good backup was found in ${dir}. Repair the file by hand, or move it away to start empty:\n  mv "${stateFile}" "${stateFile}.bad"`;
  }
  const lines = [`To restore the newest good backup (taken ${good.stamp}, journal entry ${good.commit}), stop the bot and run:`, `  cp "${good.file}" "${stateFile}"`];
  const first = journal?.entries[0]?.c;
  if (!journal || (first !== undefined && first > good.commit + 1)) {
    lines.push(`  mv "${journalFile}" "${journalFile}.bad"`);
    lines.push(`(the journal does not continue that backup, so its updates are lost)`);
  }
  return lines.join("\n");
}
