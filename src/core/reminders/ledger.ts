import type { LedgerEntry, State } from "../state.js";

/** Waits before the 2nd, 3rd and 4th attempt; the 4th failure is final. */
export const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000] as const;
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;

/** Error text of an entry whose send was cut off by a crash: delivery unknown. */
export const INTERRUPTED = "interrupted: delivery unknown";

export function digestKey(channel: string, cron: string, period: string): string {
  return `digest|${channel}|${cron}|${period}`;
}

export function nudgeKey(user: string, task: string, week: string): string {
  return `nudge|${user}|${task}|${week}`;
}

/**
 * When a failed entry may be tried again. Counted from createdAt because the ledger schema has no
 * last-attempt time: attempt n+1 is due BACKOFF_MS[0] + ... + BACKOFF_MS[n-1] after the first claim.
 */
export function retryAt(entry: LedgerEntry): Date | undefined {
  if (entry.state !== "failed" || entry.attempts >= MAX_ATTEMPTS) return undefined;
  const wait = BACKOFF_MS.slice(0, Math.max(1, entry.attempts)).reduce((a, b) => a + b, 0);
  return new Date(Date.parse(entry.createdAt) + wait);
}

/** A key may be claimed when it was never tried, or failed and its backoff has passed. */
export function claimable(entry: LedgerEntry | undefined, now: Date): boolean {
  if (!entry) return true;
  const at = retryAt(entry);
  return at !== undefined && now >= at;
}

export type NewEntry = Pick<LedgerEntry, "key" | "channel" | "kind" | "slot"> & Partial<Pick<LedgerEntry, "catchUp" | "tasks">>;

/**
 * Inside Store.update: marks every key pending (attempts + 1), or claims nothing when any of them is no
 * longer claimable (another run got there first). Returns the claimed entries.
 */
export function claim(draft: State, items: NewEntry[], now: Date): LedgerEntry[] | undefined {
  const found = items.map((item) => draft.ledger.find((e) => e.key === item.key));
  if (found.some((e) => !claimable(e, now))) return undefined;
  return items.map((item, i) => {
    const existing = found[i];
    if (existing) {
      existing.state = "pending";
      existing.attempts += 1;
      return { ...existing };
    }
    const entry: LedgerEntry = { ...item, state: "pending", attempts: 1, createdAt: now.toISOString() };
    draft.ledger.push(entry);
    return { ...entry };
  });
}

export type Outcome = { state: "sent"; tasks?: string[] } | { state: "failed" | "dropped"; error: string };

export function settle(draft: State, keys: string[], outcome: Outcome, now: Date): void {
  for (const entry of draft.ledger) {
    if (!keys.includes(entry.key) || entry.state !== "pending") continue;
    entry.state = outcome.state;
    if (outcome.state === "sent") {
      entry.sentAt = now.toISOString();
      if (outcome.tasks) entry.tasks = outcome.tasks;
      delete entry.error;
    } else {
      // Keep the marker so a later successful retry is still labelled as a possible duplicate.
      const prefix = entry.error?.startsWith(INTERRUPTED) ? `${INTERRUPTED}; then: ` : "";
      entry.error = (prefix + outcome.error).slice(0, 500);
    }
  }
}

/** Records a slot that was missed for longer than its catch-up window; it is never sent. */
export function drop(draft: State, item: NewEntry, now: Date, error: string): void {
  if (draft.ledger.some((e) => e.key === item.key)) return;
  draft.ledger.push({ ...item, state: "dropped", attempts: 0, createdAt: now.toISOString(), error });
}

/**
 * At start-up, pending entries are sends a crash cut off. Digests become failed/INTERRUPTED so the retry
 * path resends them once, marked "(gửi lại)"; a digest interrupted again, and any nudge, is not resent
 * (nudges promise "at most once a week per task"). Returns the keys it changed.
 */
export function recoverInterrupted(draft: State): string[] {
  const changed: string[] = [];
  for (const entry of draft.ledger) {
    if (entry.state !== "pending") continue;
    changed.push(entry.key);
    if (entry.kind === "nudge") {
      entry.state = "dropped";
      entry.error = INTERRUPTED;
    } else if (entry.error?.startsWith(INTERRUPTED)) {
      entry.state = "failed";
      entry.attempts = MAX_ATTEMPTS;
      entry.error = `${INTERRUPTED}; interrupted again, given up`;
    } else {
      entry.state = "failed";
      entry.error = INTERRUPTED;
    }
  }
  return changed;
}

/** Keeps the ledger from growing forever; entries older than any lookback are no longer consulted. */
export function pruneLedger(draft: State, now: Date, keepMs = 400 * 86_400_000): void {
  const cutoff = now.getTime() - keepMs;
  draft.ledger = draft.ledger.filter((e) => Date.parse(e.createdAt) >= cutoff);
}
