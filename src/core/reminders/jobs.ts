import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import type { Reply } from "../message.js";
import type { Plan } from "../plan/plan.js";
import type { WorkingCalendar } from "./calendar.js";
import { composePhoneDigest } from "./digest-phone.js";
import { composeNudge, pickNudges } from "./nudges.js";
import { lastDigestAt } from "./preview.js";
import type { ComposeDigest } from "./run-due.js";
import type { ComposeNudge, NudgeRequest } from "./send-nudges.js";
import { localParts } from "./zoned-time.js";

/** Nudges go out on working days within office hours (local time), never at midnight or on Tết. */
export const NUDGE_HOURS = { from: 8, to: 17 } as const;
/** Picking nudges reads every record (about 0.3 s at 10k records): once an hour is enough for weekly nudges and their retries. */
export const NUDGE_PICK_EVERY_MS = 60 * 60_000;

export interface ReminderJobsDeps {
  plan: Plan;
  store: Store;
  clock: Clock;
  timezone: string;
  calendar: WorkingCalendar;
}

/** The digest's text is already laid out for a phone: it goes as text, without items to re-list. */
export function asText(reply: Reply): Reply {
  const { items: _items, ...rest } = reply;
  return rest;
}

/** The digest and nudge builders the scheduler's tick (and `remind`) run with. */
export function reminderJobs(deps: ReminderJobsDeps): { compose: ComposeDigest; nudges: { pick: (now: Date) => NudgeRequest[]; compose: ComposeNudge } } {
  const { plan, store, timezone } = deps;
  const compose: ComposeDigest = (channel) => {
    const state = store.read((s) => s);
    const now = deps.clock.now();
    return [asText(composePhoneDigest(plan, state, { channel: channel.channel, agency: channel.agency, now, timezone, since: lastDigestAt(state, channel.channel) }))];
  };
  let lastPick: number | undefined;
  const pick = (now: Date): NudgeRequest[] => {
    const p = localParts(now, timezone);
    // The hours first: the calendar computes a year of lunar holidays the first time it is asked.
    if (p.hour < NUDGE_HOURS.from || p.hour >= NUDGE_HOURS.to || !deps.calendar.isWorkingDay(p.date)) return [];
    if (lastPick !== undefined && Math.abs(now.getTime() - lastPick) < NUDGE_PICK_EVERY_MS) return [];
    lastPick = now.getTime();
    return pickNudges(
      plan,
      store.read((s) => s),
      now,
      timezone,
    );
  };
  const nudge: ComposeNudge = (user, tasks) => [
    composeNudge(
      plan,
      store.read((s) => s),
      { user, tasks, now: deps.clock.now(), timezone },
    ),
  ];
  return { compose, nudges: { pick, compose: nudge } };
}
