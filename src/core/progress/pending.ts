import type { Pending, State } from "../state.js";

export const PENDING_MINUTES = 10;

/** The question the bot is waiting on in this conversation, if it has not expired. */
export function activePending(state: Readonly<State>, key: string, now: Date): Pending | undefined {
  const p = state.pending.find((x) => x.key === key);
  return p && new Date(p.expiresAt) > now ? p : undefined;
}

export function setPending(draft: State, pending: Omit<Pending, "expiresAt">, now: Date): void {
  clearPending(draft, pending.key, now);
  draft.pending.push({ ...pending, expiresAt: new Date(now.getTime() + PENDING_MINUTES * 60_000).toISOString() });
}

/** Drops this conversation's question and any expired ones. */
export function clearPending(draft: State, key: string, now: Date): void {
  draft.pending = draft.pending.filter((p) => p.key !== key && new Date(p.expiresAt) > now);
}
