import { localParts } from "../../core/time.js";
import type { Clock } from "../../ports/clock.js";

export interface CallLimitsOptions {
  clock: Clock;
  /** Days are counted in this zone (BOT_TIMEZONE), so the budget resets at local midnight. */
  timezone: string;
  /** Model calls a day, for everyone together; 0 turns the model off. */
  dailyBudget: number;
  /** Model calls a minute for one user; 0 turns the model off. */
  perUserPerMinute: number;
}

export type Admission = { kind: "allowed" } | { kind: "rate_limited" } | { kind: "budget_exhausted" };

const MINUTE = 60_000;
/** Above this many tracked users, idle ones are swept so the map cannot grow without bound. */
const SWEEP_AT = 1000;

/** In-memory counters: a sliding minute per user and a per-local-day total. A restart starts afresh. */
export function createCallLimits(options: CallLimitsOptions) {
  const recent = new Map<string, number[]>();
  let day = "";
  let used = 0;

  const windowOf = (user: string, now: number) => (recent.get(user) ?? []).filter((t) => now - t < MINUTE);

  function sweep(now: number) {
    for (const [user, times] of recent) if (!times.some((t) => now - t < MINUTE)) recent.delete(user);
  }

  return {
    /** Takes one call from the user's minute and the day's budget, or says which limit stops it. */
    admit(user: string): Admission {
      const now = options.clock.now();
      const today = localParts(now, options.timezone).date;
      if (today !== day) {
        day = today;
        used = 0;
      }
      const ms = now.getTime();
      const times = windowOf(user, ms);
      if (times.length >= options.perUserPerMinute) return { kind: "rate_limited" };
      if (used >= options.dailyBudget) return { kind: "budget_exhausted" };
      used++;
      if (recent.size >= SWEEP_AT) sweep(ms);
      recent.set(user, [...times, ms]);
      return { kind: "allowed" };
    },
    usedToday: () => used,
  };
}
