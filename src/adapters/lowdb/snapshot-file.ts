import { randomInt } from "node:crypto";
import { copyFile, open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import type { Adapter } from "lowdb";
import writeFileAtomic from "write-file-atomic";
import { z } from "zod";
import { STATE_VERSION, stateSchema } from "../../core/state.js";
import { StoreError } from "./store-error.js";

/** The state file: the State plus the number of the last journal entry it already contains. */
export const snapshotSchema = stateSchema.extend({ commit: z.number().int().nonnegative().default(0) });
export type Snapshot = z.infer<typeof snapshotSchema>;

export type Parsed = { ok: true; snapshot: Snapshot } | { ok: false; problem: string };

/** Parses a snapshot, or says in plain words what is wrong with it. */
export function parseSnapshot(bytes: Buffer): Parsed {
  if (bytes.length === 0) return { ok: false, problem: "the file is empty (0 bytes)" };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const all = bytes.every((b) => b === 0);
    return {
      ok: false,
      problem: all
        ? `the file holds only NUL bytes (${bytes.length} bytes), typical of a power loss during a write`
        : `the file contains NUL bytes (first at byte ${nul}), typical of a power loss during a write`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch (err) {
    return { ok: false, problem: `not valid JSON, probably truncated (${(err as Error).message})` };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === "number" && version !== STATE_VERSION) {
    return { ok: false, problem: `schema version ${version}, but this cchc-bot reads version ${STATE_VERSION}` };
  }
  const result = snapshotSchema.safeParse(json);
  if (!result.success) return { ok: false, problem: `wrong shape: ${describeIssues(result.error)}` };
  return { ok: true, snapshot: result.data };
}

export function describeIssues(error: z.ZodError, prefix: PropertyKey[] = []): string {
  const shown = error.issues.slice(0, 3).map((i) => `${[...prefix, ...i.path].map(String).join(".") || "(root)"}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : "";
  return shown.join("; ") + more;
}

/** A directory entry (a rename) is durable only once the directory itself is fsynced. */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === "win32") return; // directories cannot be opened for fsync there
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temp file in the same directory, write, fsync, rename (write-file-atomic), then fsync the directory. */
export async function writeDurably(file: string, text: string): Promise<void> {
  await writeFileAtomic(file, text, { fsync: true });
  await fsyncDir(path.dirname(file));
}

/** Same guarantees as writeDurably, for a copy; the temp name matches write-file-atomic's `<name>.<digits>`. */
export async function copyDurably(from: string, to: string): Promise<void> {
  const temp = `${to}.${randomInt(1, 2 ** 31)}`;
  try {
    await copyFile(from, temp);
    const handle = await open(temp, "r+");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, to);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await fsyncDir(path.dirname(to));
}

/** lowdb adapter for the snapshot: typed errors on read, atomic and durable writes, compact JSON. */
export class SnapshotFile implements Adapter<Snapshot | null> {
  constructor(readonly file: string) {}

  async read(): Promise<Snapshot | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw new StoreError("STORE_IO", `Cannot read ${this.file}: ${(err as Error).message}`, { cause: err });
    }
    const parsed = parseSnapshot(bytes);
    if (!parsed.ok) throw new StoreError("STORE_CORRUPT", `${this.file} is corrupt: ${parsed.problem}.`);
    return parsed.snapshot;
  }

  async write(data: Snapshot | null): Promise<void> {
    // Compact JSON: indentation nearly doubles the size and the time to write it (see store-bench).
    if (data) await writeDurably(this.file, JSON.stringify(data));
  }
}
