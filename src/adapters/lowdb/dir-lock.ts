import { randomUUID } from "node:crypto";
import { link, open, readdir, rename, unlink, writeFile } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
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

/** A lock or claim file as found: who holds it (if readable) and a key naming exactly that file. */
interface Found {
  holder?: Holder;
  key: string;
}

/** Tokens this process holds or is taking: a second open in the same process must fail like one from another process. */
const ours = new Set<string>();

export interface DirLock {
  release(): Promise<void>;
}

const ATTEMPTS = 200;

/**
 * One writer per data directory: a lock file created atomically (link of a complete temp file, so
 * no reader ever sees it half-written) holding the owner's pid. A lock whose pid is dead is stale
 * (the owner was SIGKILLed or the machine rebooted) and is taken over at once, with a warning.
 *
 * Taking over never deletes the lock path (a second process would delete the lock the first had just
 * taken): a taker first creates the claim `cchc-bot.lock.after-<key of the stale lock>` with link(),
 * which only one process can do, checks the lock is still that stale one, and renames its claim over
 * it. A taker that dies in between leaves a dead claim, which the next one claims over the same way.
 */
export async function lockDataDir(dataDir: string, logger: Logger): Promise<DirLock> {
  const file = path.join(dataDir, LOCK_NAME);
  const me: Holder = { pid: process.pid, hostname: os.hostname(), token: randomUUID(), startedAt: new Date().toISOString() };
  const temp = `${file}.${me.pid}.${me.token}`;
  await writeFile(temp, JSON.stringify(me));
  ours.add(me.token);
  let taken = false;
  try {
    let last: Found | undefined;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (await linked(temp, file)) return ((taken = true), { release: () => release(file, me.token) });
      const found = (last = await readLock(file));
      if (!found) continue; // released meanwhile
      if (isAlive(found.holder)) throw lockedError(dataDir, file, found.holder);
      const outcome = await takeOver(file, temp, found);
      if (outcome === "taken") {
        logger.warn({ file, holder: found.holder }, "store: took over a stale lock left by a process that is gone");
        return ((taken = true), { release: () => release(file, me.token) });
      }
      if (outcome === "busy") await sleep(2 + Math.random() * 10);
    }
    throw lockedError(dataDir, file, last?.holder);
  } finally {
    if (!taken) ours.delete(me.token);
    await unlink(temp).catch(() => undefined);
  }
}

type Outcome = "taken" | "busy" | "retry";

async function takeOver(file: string, temp: string, stale: Found): Promise<Outcome> {
  let key = stale.key;
  for (let depth = 0; depth < 20; depth++) {
    const claim = `${file}.after-${key}`;
    if (await linked(temp, claim)) {
      // Only this process holds the claim on that lock, so it cannot change between the check and the rename.
      if ((await readLock(file))?.key === stale.key) {
        await rename(claim, file);
        return "taken";
      }
      await unlink(claim).catch(() => undefined);
      return "retry";
    }
    const claimant = await readLock(claim);
    if (!claimant) return "retry"; // renamed into place: the lock has a new holder
    if (isAlive(claimant.holder)) return "busy";
    key = claimant.key; // the claimant died mid-takeover: claim over its claim
  }
  return "busy";
}

async function linked(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
}

async function readLock(file: string): Promise<Found | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
  try {
    const { ino } = await handle.stat();
    const holder = parseHolder(await handle.readFile("utf8"));
    // A damaged lock (a power loss) has no token: the inode names that very file.
    return { holder, key: holder ? holder.token.replace(/[^0-9A-Za-z-]/g, "").slice(0, 64) || `ino${ino}` : `ino${ino}` };
  } finally {
    await handle.close();
  }
}

function parseHolder(text: string): Holder | undefined {
  try {
    const holder = JSON.parse(text) as Holder;
    return typeof holder.pid === "number" && typeof holder.hostname === "string" && typeof holder.token === "string" ? holder : undefined;
  } catch {
    return undefined; // unreadable (damaged by a power loss): treated as stale
  }
}

function isAlive(holder: Holder | undefined): boolean {
  if (!holder) return false;
  if (holder.hostname !== os.hostname()) return true; // cannot check a pid on another machine
  if (holder.pid === process.pid) return ours.has(holder.token); // else a previous run that had our pid (containers)
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function lockedError(dataDir: string, file: string, holder: Holder | undefined): StoreError {
  const who = holder ? `process ${holder.pid} on ${holder.hostname}, since ${holder.startedAt}` : "another process";
  return new StoreError(
    "STORE_LOCKED",
    `The data directory ${dataDir} is in use by ${who}: only one cchc-bot may use it at a time.\n` + `Stop the other bot first. If you are sure none is running, delete the lock: rm "${file}"`,
  );
}

async function release(file: string, token: string): Promise<void> {
  ours.delete(token);
  if ((await readLock(file).catch(() => undefined))?.holder?.token === token) await unlink(file).catch(() => undefined);
}

/** Removes lock temp files (`cchc-bot.lock.<pid>.<uuid>`) and claims of processes killed while taking the lock. */
export async function removeDeadLockTemps(dataDir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dataDir)) {
    const pid = /^cchc-bot\.lock\.(\d+)\.[0-9a-f-]+$/.exec(name)?.[1];
    const claim = name.startsWith(`${LOCK_NAME}.after-`);
    if (pid !== undefined ? Number(pid) === process.pid || pidAlive(Number(pid)) : !claim) continue;
    // A claim is only ever acted on after checking the lock it names, so a dead one is safe to remove.
    if (claim && isAlive((await readLock(path.join(dataDir, name)).catch(() => undefined))?.holder)) continue;
    await unlink(path.join(dataDir, name)).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}
