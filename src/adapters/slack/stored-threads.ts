import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";
import type { ThreadMemory } from "./threads.js";

const DAY_MS = 24 * 3600_000;
/** Expired and oldest threads are dropped in one sweep once this many past the cap have gathered. */
const SWEEP = 100;

/**
 * The channel threads the bot talks in, kept in the store so a follow-up without an @mention is still
 * heard after a restart. Looked up in a map (every channel reply asks), not by scanning the list. A thread
 * is written once, and again only when half its day has gone; a write adds or replaces that one entry
 * (one short journal line), and the list is pruned in sweeps rather than spliced on every write.
 */
export function storedThreadMemory(store: Store, logger: Logger, ttlMs = DAY_MS, max = 5000): ThreadMemory {
  const keyOf = (channel: string, thread: string) => `${channel}:${thread}`;
  // Only this process writes threads (the data directory is locked), so the map stays the store's copy.
  const until = new Map<string, number>(store.read((s) => (s.threads ?? []).map((t) => [t.key, Date.parse(t.expiresAt)] as const)));
  return {
    join(channel, thread, at) {
      const key = keyOf(channel, thread);
      const known = until.get(key);
      if (known !== undefined && known - at.getTime() > ttlMs / 2) return;
      const expiresAt = new Date(at.getTime() + ttlMs);
      until.set(key, expiresAt.getTime());
      const entry = { key, expiresAt: expiresAt.toISOString() };
      void store
        .update((d) => {
          const threads = (d.threads ??= []);
          const i = threads.findIndex((t) => t.key === key);
          if (i >= 0) threads[i] = entry;
          else threads.push(entry);
          if (threads.length <= max + SWEEP) return;
          const all = threads.map((t) => ({ key: t.key, expiresAt: t.expiresAt }));
          const kept = all
            .filter((t) => Date.parse(t.expiresAt) > at.getTime())
            .sort((a, b) => (a.expiresAt < b.expiresAt ? -1 : a.expiresAt > b.expiresAt ? 1 : 0))
            .slice(-max);
          d.threads = kept;
          const keep = new Set(kept.map((t) => t.key));
          // A thread joined again since (a newer expiry in the map) stays heard.
          for (const t of all) if (!keep.has(t.key) && until.get(t.key) === Date.parse(t.expiresAt)) until.delete(t.key);
        })
        .catch((error: unknown) => logger.warn({ err: String(error), channel }, "slack: thread not stored"));
    },
    has(channel, thread, at) {
      const known = until.get(keyOf(channel, thread));
      return known !== undefined && known > at.getTime();
    },
  };
}
