import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";
import type { ThreadMemory } from "./threads.js";

const DAY_MS = 24 * 3600_000;

/**
 * The channel threads the bot talks in, kept in the store so a follow-up without an @mention is still
 * heard after a restart. A thread is written once, and again only when half its day has gone.
 */
export function storedThreadMemory(store: Store, logger: Logger, ttlMs = DAY_MS, max = 5000): ThreadMemory {
  const keyOf = (channel: string, thread: string) => `${channel}:${thread}`;
  const until = (key: string) => store.read((s) => s.threads?.find((t) => t.key === key)?.expiresAt);
  return {
    join(channel, thread, at) {
      const key = keyOf(channel, thread);
      const known = until(key);
      if (known && Date.parse(known) - at.getTime() > ttlMs / 2) return;
      void store
        .update((d) => {
          const threads = (d.threads ??= []);
          for (let i = threads.length - 1; i >= 0; i--) if (threads[i]!.key === key || Date.parse(threads[i]!.expiresAt) <= at.getTime()) threads.splice(i, 1);
          threads.push({ key, expiresAt: new Date(at.getTime() + ttlMs).toISOString() });
          if (threads.length > max) threads.splice(0, threads.length - max);
        })
        .catch((error: unknown) => logger.warn({ err: String(error), channel }, "slack: thread not stored"));
    },
    has(channel, thread, at) {
      const known = until(keyOf(channel, thread));
      return known !== undefined && Date.parse(known) > at.getTime();
    },
  };
}
