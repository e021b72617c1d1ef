import { randomUUID } from "node:crypto";
import { link, readdir, readFile, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Logger } from "../../ports/logger.js";
import { StoreError } from "./store-error.js";

export const LOCK_NAME = "cchc-bot.lock";

interface Holder {
  pid: number;
  hostname: string;
  token: string;
  startedAt: string;
}

/** Lock files this process holds: a second open in the same process must fail like one from another process. */
const heldHere = new Set<string>();

export interface DirLock {
  release(): Promise<void>;
}

/**
 * One writer per data directory: a lock file created atomically (link of a complete temp file, so
 * no reader ever sees it half-written) holding the owner's pid. A lock whose pid is dead is stale
 * (the owner was SIGKILLed or the machine rebooted) and is taken over at once, with a warning.
 */
export async function lockDataDir(dataDir: string, logger: Logger): Promise<DirLock> {
  const file = path.join(dataDir, LOCK_NAME);
  const me: Holder = { pid: process.pid, hostname: os.hostname(), token: randomUUID(), startedAt: new Date().toISOString() };
  const temp = `${file}.${me.pid}.${me.token}`;
  await writeFile(temp, JSON.stringify(me));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(temp, file);
        heldHere.add(file);
        return { release: () => release(file, me.token) };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
      const holder = await readHolder(file);
      if (attempt > 0 || (holder && isAlive(holder, file))) throw lockedError(dataDir, file, holder);
      logger.warn({ file, holder }, "store: removing a stale lock left by a process that is gone");
      await unlink(file).catch(() => undefined);
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(file, "utf8")) as Holder;
    return typeof holder.pid === "number" && typeof holder.hostname === "string" ? holder : undefined;
  } catch {
    return undefined; // unreadable (gone meanwhile, or damaged by a power loss): treated as stale
  }
}

function isAlive(holder: Holder, file: string): boolean {
  if (holder.hostname !== os.hostname()) return true; // cannot check a pid on another machine
  if (holder.pid === process.pid) return heldHere.has(file); // else a previous run that had our pid (containers)
  return pidAlive(holder.pid);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function lockedError(dataDir: string, file: string, holder: Holder | undefined): StoreError {
  const who = holder ? `process ${holder.pid} on ${holder.hostname}, since ${holder.startedAt}` : "another process";
  return new StoreError(
    "STORE_LOCKED",
    `The data directory ${dataDir} is in use by ${who}: only one cchc-bot may use it at a time.\n` +
      `Stop the other bot first. If you are sure none is running, delete the lock: rm "${file}"`,
  );
}

async function release(file: string, token: string): Promise<void> {
  heldHere.delete(file);
  const holder = await readHolder(file);
  if (holder?.token === token) await unlink(file).catch(() => undefined);
}

/** Removes lock temp files (`cchc-bot.lock.<pid>.<uuid>`) of processes killed while taking the lock. */
export async function removeDeadLockTemps(dataDir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dataDir)) {
    const pid = /^cchc-bot\.lock\.(\d+)\.[0-9a-f-]+$/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || pidAlive(Number(pid))) continue;
    await unlink(path.join(dataDir, name)).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}
