/**
 * The channel threads the bot is talking in (it answered an @mention there), so a follow-up such as "12"
 * after "Nhiệm vụ nào?" is heard without another @mention. Kept in memory for a day; a restart only means
 * the next reply in an old thread needs the @mention again.
 */
export interface ThreadMemory {
  join(channel: string, thread: string, at: Date): void;
  has(channel: string, thread: string, at: Date): boolean;
}

export function createThreadMemory(ttlMs = 24 * 3600_000, max = 5000): ThreadMemory {
  const threads = new Map<string, number>();
  return {
    join(channel, thread, at) {
      const key = `${channel}:${thread}`;
      threads.delete(key);
      threads.set(key, at.getTime() + ttlMs);
      // Oldest first in a Map: drop from the front past the cap.
      while (threads.size > max) threads.delete(threads.keys().next().value as string);
    },
    has(channel, thread, at) {
      const until = threads.get(`${channel}:${thread}`);
      return until !== undefined && until > at.getTime();
    },
  };
}
