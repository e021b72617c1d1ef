import { open, readFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { Patch } from "immer";
import { z } from "zod";
import { fsyncDir } from "./snapshot-file.js";
import { StoreError } from "./store-error.js";

/** One committed update: its number and the immer patches that turn the previous state into the next. */
export interface JournalEntry {
  c: number;
  p: Patch[];
}

const entrySchema = z.object({
  c: z.number().int().positive(),
  p: z.array(
    z.object({
      op: z.enum(["add", "remove", "replace"]),
      path: z.array(z.union([z.string(), z.number()])),
      value: z.unknown().optional(),
    }),
  ),
});

export interface JournalScan {
  entries: JournalEntry[];
  /** Bytes of an unconfirmed last line cut short by a crash; dropped, never replayed. */
  tornBytes: number;
  bytes: number;
}

/**
 * Reads the journal. Only the last line can be torn (each append is fsynced before the next
 * begins), so a bad last line is dropped, while a bad line before it is corruption.
 */
export async function readJournal(file: string): Promise<JournalScan> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { entries: [], tornBytes: 0, bytes: 0 };
    throw new StoreError("STORE_IO", `Cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  const entries: JournalEntry[] = [];
  let start = 0;
  let line = 0;
  for (let end = buffer.indexOf(10); end >= 0; end = buffer.indexOf(10, start)) {
    line += 1;
    const entry = parseLine(buffer.subarray(start, end));
    const isLast = end === buffer.length - 1;
    if (!entry && isLast) return { entries, tornBytes: buffer.length - start, bytes: buffer.length };
    if (!entry) throw corruptLine(file, line, "not a valid journal entry");
    const previous = entries.at(-1);
    if (previous && entry.c !== previous.c + 1) {
      throw corruptLine(file, line, `entry ${entry.c} follows entry ${previous.c}`);
    }
    entries.push(entry);
    start = end + 1;
  }
  return { entries, tornBytes: buffer.length - start, bytes: buffer.length };
}

function parseLine(bytes: Buffer): JournalEntry | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    const parsed = entrySchema.safeParse(JSON.parse(bytes.toString("utf8")));
    return parsed.success ? (parsed.data as JournalEntry) : undefined;
  } catch {
    return undefined;
  }
}

function corruptLine(file: string, line: number, problem: string): StoreError {
  const temp = `${file}.tmp`;
  return new StoreError(
    "STORE_CORRUPT",
    `${file} is corrupt at line ${line}: ${problem}. The file was left untouched.\n` +
      `To keep the ${line - 1} good entries before it (later ones are lost), stop the bot and run:\n` +
      `  head -n ${line - 1} "${file}" > "${temp}" && mv "${temp}" "${file}"`,
  );
}

/** Entries the snapshot does not contain yet; they must continue it without a gap. */
export function entriesAfter(scan: JournalScan, commit: number, file: string, snapshotFile: string): JournalEntry[] {
  const pending = scan.entries.filter((e) => e.c > commit);
  const first = pending[0];
  if (first && first.c !== commit + 1) {
    throw new StoreError(
      "STORE_CORRUPT",
      `${file} starts at entry ${first.c}, but ${snapshotFile} ends at entry ${commit}: entries in between are ` +
        `missing (was an older file restored?). Both files were left untouched.\n` +
        `To start from ${path.basename(snapshotFile)} alone (journal entries are lost), stop the bot and run:\n` +
        `  mv "${file}" "${file}.bad"`,
    );
  }
  return pending;
}

/** Appends one line per update and fdatasyncs it before the update is confirmed. */
export class JournalWriter {
  private broken: Error | undefined;

  private constructor(
    private readonly handle: FileHandle,
    public size: number,
    public count = 0,
  ) {}

  static async open(file: string): Promise<JournalWriter> {
    const handle = await open(file, "a");
    const { size } = await handle.stat();
    await fsyncDir(path.dirname(file)); // the file may have just been created
    return new JournalWriter(handle, size);
  }

  async append(entry: JournalEntry): Promise<void> {
    if (this.broken) throw this.broken;
    const bytes = Buffer.from(JSON.stringify(entry) + "\n", "utf8");
    try {
      await this.handle.appendFile(bytes);
      await this.handle.datasync();
    } catch (err) {
      // A half-appended line would sit in the middle of the journal after the next append.
      await this.handle.truncate(this.size).catch(() => {
        this.broken = new StoreError("STORE_IO", "The journal could not be repaired after a failed write; restart the bot.");
      });
      throw new StoreError("STORE_IO", `Cannot write the journal: ${(err as Error).message}`, { cause: err });
    }
    this.size += bytes.length;
    this.count += 1;
  }

  /** Called once a snapshot holding every entry is durably on disk. */
  async reset(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.datasync();
    this.size = 0;
    this.count = 0;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
