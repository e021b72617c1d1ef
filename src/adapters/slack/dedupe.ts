import type { Store } from "../../ports/store.js";

export const SEEN_TTL_MS = 24 * 60 * 60 * 1000;
// Prune in sweeps an hour apart, not on every write: a sweep rewrites the whole array (one big journal patch).
const SWEEP_MS = 60 * 60 * 1000;
const PREFIX = "slack:";

type Entry = { key: string; at: string };

/**
 * One stored entry per write, however many claims share it: `slack:<key>` for one, `slack:["k1","k2",…]`
 * for several (no claim key starts with "["). A day of keys at full load is then a list of batches, not
 * of events: every append costs immer a copy of the whole list.
 */
function entryOf(keys: string[], at: string): Entry {
  return { key: keys.length === 1 ? keys[0]! : PREFIX + JSON.stringify(keys.map((k) => k.slice(PREFIX.length))), at };
}

function keysOf(entry: Entry): string[] {
  if (!entry.key.startsWith(`${PREFIX}[`)) return [entry.key];
  try {
    const keys: unknown = JSON.parse(entry.key.slice(PREFIX.length));
    return Array.isArray(keys) ? keys.map((k) => PREFIX + String(k)) : [entry.key];
  } catch {
    return [entry.key];
  }
}

export interface DeliveryClaims {
  /** True the first time any of these keys is claimed; false for a retry or a second delivery. */
  claim(keys: string[], now: Date): Promise<boolean>;
}

/**
 * Claims incoming Slack deliveries before they are handled. Keys (event id, channel+ts, trigger id…)
 * are marked in memory at once, so a concurrent retry loses the race, and written to State.seen
 * before the claim resolves, so a replay after a restart is refused too. Claims arriving while a
 * write is under way share the next write (one store update and one stored entry per batch, not per event). Slack keys
 * older than a day are pruned, in hourly sweeps.
 */
export function createDeliveryClaims(store: Store): DeliveryClaims {
  const known = new Map<string, number>(store.read((s) => s.seen.filter((e) => e.key.startsWith(PREFIX)).flatMap((e) => keysOf(e).map((k) => [k, Date.parse(e.at)] as const))));
  let queue: string[] = [];
  let latest = 0;
  let batch: Promise<void> | undefined;
  let writing: Promise<void> = Promise.resolve();

  function persist(keys: string[], now: Date): Promise<void> {
    queue.push(...keys);
    latest = Math.max(latest, now.getTime());
    if (!batch) {
      // setImmediate: claims parsed in the same I/O turn share one write.
      batch = writing
        .then(() => new Promise((r) => setImmediate(r)))
        .then(async () => {
          batch = undefined;
          const items = queue;
          const at = new Date(latest).toISOString();
          queue = [];
          latest = 0;
          const cutoff = now.getTime() - SEEN_TTL_MS;
          await store.update((draft) => {
            // Looked up in the committed state (the draft's base): searching the draft itself costs immer a
            // pass over every entry of the day, on every batch.
            const first = store.read((s) => s.seen.find((e) => e.key.startsWith(PREFIX)));
            if (first && Date.parse(first.at) < cutoff - SWEEP_MS) draft.seen = draft.seen.filter((e) => !e.key.startsWith(PREFIX) || Date.parse(e.at) >= cutoff);
            draft.seen.push(entryOf(items, at));
          });
          for (const [key, at] of known) {
            if (at >= cutoff) break;
            known.delete(key);
          }
        });
      writing = batch.catch(() => undefined);
    }
    return batch;
  }

  return {
    async claim(keys, now) {
      const wanted = keys.filter(Boolean).map((k) => PREFIX + k);
      if (wanted.length === 0) return true;
      if (wanted.some((k) => known.has(k))) return false;
      for (const key of wanted) known.set(key, now.getTime());
      try {
        await persist(wanted, now);
        return true;
      } catch (error) {
        // Not persisted: forget the claim so Slack's retry can be handled.
        for (const key of wanted) known.delete(key);
        throw error;
      }
    },
  };
}
