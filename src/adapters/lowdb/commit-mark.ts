import { open, readFile, type FileHandle } from "node:fs/promises";
import { listBackups } from "./backups.js";

/**
 * The number of the last confirmed update, kept beside the journal: the one witness of how far the
 * journal reached, so a journal cut at a line boundary or deleted after a crash is noticed instead of
 * silently replaying less. Written in place after each confirmed append, without an fsync of its own
 * (it can only lag behind the fsynced journal, never run ahead of it, so it never raises a false alarm).
 */
export class CommitMark {
  private constructor(private readonly handle: FileHandle) {}

  static async read(file: string): Promise<number | undefined> {
    const text = await readFile(file, "utf8").catch(() => "");
    const commit = Number(/^\s*(\d+)\s*$/.exec(text)?.[1]);
    return Number.isSafeInteger(commit) ? commit : undefined;
  }

  static async open(file: string): Promise<CommitMark> {
    const handle = await open(file, "r+").catch((err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return open(file, "w+");
      throw err;
    });
    return new CommitMark(handle);
  }

  /** Fixed width, one write at offset 0: a reader sees the old or the new number, never a mix of lengths. */
  async write(commit: number): Promise<void> {
    await this.handle.write(`${String(commit).padStart(19, " ")}\n`, 0, "utf8");
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/**
 * What to tell the operator when fewer updates could be read than were confirmed: which ones are gone,
 * and where they may still be (a backup holding them, else a copy of the journal from before).
 */
export async function missingUpdates(files: { state: string; journal: string; backups: string; mark: string }, reached: number, confirmed: number): Promise<string> {
  const backups = await listBackups(files.backups);
  const holding = backups.find((b) => b.commit >= confirmed);
  const newest = backups[0];
  const where = holding
    ? `The backup ${holding.file} holds them: to restore it, stop the bot and run:\n  cp "${holding.file}" "${files.state}" && mv "${files.journal}" "${files.journal}.bad"`
    : `No backup holds them${newest ? ` (the newest, ${newest.file}, ends at entry ${newest.commit})` : ""}: if you have a copy of ${files.journal} from before it was cut, stop the bot and put it back; otherwise these reports must be sent again.`;
  return (
    `${confirmed - reached} confirmed update(s), journal entries ${reached + 1} to ${confirmed}, are missing: ${files.state} ends at entry ${reached} ` +
    `with the journal, but ${files.mark} says entry ${confirmed} was confirmed, so ${files.journal} was cut short or deleted after a crash. ${where}\n` +
    `(If you restored an older backup on purpose, this is expected: the newer updates are gone with it.)`
  );
}
