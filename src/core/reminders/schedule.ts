import { Cron } from "croner";
import type { WorkingCalendar } from "./calendar.js";
import { ReminderError } from "./errors.js";
import { addDays, assertTimezone, endOfIsoWeek, isoWeek, isoWeekday, localParts, zonedInstant } from "./zoned-time.js";

/** Monday 08:00 in the bot's time zone. */
export const DEFAULT_REMINDER_CRON = "0 8 * * 1";

/** How far back runDue looks for slots; covers the longest holiday shift (about two weeks) plus its catch-up week. */
export const LOOKBACK_MS = 21 * 86_400_000;

export interface Slot {
  /** Period label used in ledger keys: the ISO week of the nominal slot, e.g. "2023-W04". */
  period: string;
  /** When the cron pattern fires. */
  nominal: Date;
  /** When the reminder is due: the nominal time, moved to the next working day when it falls on a day off. */
  at: Date;
  /** The reminder is skipped because moving it reached the next slot (a break longer than the period). */
  superseded: boolean;
  /** End of the catch-up window: the start of the ISO week after `at`, local time. */
  deadline: Date;
}

/** Throws ReminderError("bad_cron") for a pattern croner rejects; use it when an admin registers a channel. */
export function parseCron(pattern: string, timezone: string): Cron {
  assertTimezone(timezone);
  try {
    return new Cron(pattern, { timezone, paused: true });
  } catch (err) {
    throw new ReminderError("bad_cron", `Invalid schedule "${pattern}": ${(err as Error).message}`);
  }
}

// runDue asks for the same firings every minute and croner's zoned nextRun costs about 0.2 ms; remember them.
const crons = new Map<string, Cron>();
const nextRuns = new Map<string, Date | null>();

function nextRun(pattern: string, timezone: string, after: Date): Date | null {
  const id = `${pattern}\u0000${timezone}`;
  const key = `${id}\u0000${after.getTime()}`;
  if (nextRuns.has(key)) return nextRuns.get(key) ?? null;
  let cron = crons.get(id);
  if (!cron) {
    cron = parseCron(pattern, timezone);
    if (crons.size > 1000) crons.clear();
    crons.set(id, cron);
  }
  const next = cron.nextRun(after);
  if (nextRuns.size > 20_000) nextRuns.clear();
  nextRuns.set(key, next);
  return next;
}

/** Same local wall time on the first working day at or after the instant's local date. */
export function moveToWorkingDay(instant: Date, timezone: string, calendar: WorkingCalendar): Date {
  const p = localParts(instant, timezone);
  let date = p.date;
  for (let i = 0; !calendar.isWorkingDay(date); i++) {
    if (i > 60) throw new ReminderError("no_working_day", `No working day within 60 days after ${p.date}.`);
    date = addDays(date, 1);
  }
  return date === p.date ? instant : zonedInstant(date, p.hour, p.minute, p.second, timezone);
}

function periodOf(nominal: Date, pattern: string, timezone: string): string {
  const p = localParts(nominal, timezone);
  const week = isoWeek(p.date);
  const monday = zonedInstant(addDays(p.date, 1 - isoWeekday(p.date)), 0, 0, 0, timezone);
  const first = nextRun(pattern, timezone, new Date(monday.getTime() - 1000));
  // A pattern firing more than once a week gets one period per firing; the first keeps the plain week label.
  return first && first.getTime() === nominal.getTime() ? week : `${week}@${p.date}T${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}

/** Slots whose nominal time lies in (from, to], each with its working-day due time and catch-up deadline. */
export function slotsBetween(pattern: string, from: Date, to: Date, timezone: string, calendar: WorkingCalendar): Slot[] {
  const nominals: Date[] = [];
  // Starting from the UTC day keeps the chain of firings identical from one minute's call to the next.
  const dayStart = new Date(Math.floor(from.getTime() / 86_400_000) * 86_400_000);
  for (let next = nextRun(pattern, timezone, dayStart); next && next <= to; next = nextRun(pattern, timezone, next)) {
    if (next > from) nominals.push(next);
    if (nominals.length > 1000) throw new ReminderError("bad_cron", `Schedule "${pattern}" fires too often for reminders.`);
  }
  const last = nominals[nominals.length - 1];
  const following = last ? nextRun(pattern, timezone, last) : null;
  return nominals.map((nominal, i) => {
    const at = moveToWorkingDay(nominal, timezone, calendar);
    const next = nominals[i + 1] ?? following;
    return {
      period: periodOf(nominal, pattern, timezone),
      nominal,
      at,
      superseded: next !== null && at >= next,
      deadline: endOfIsoWeek(at, timezone),
    };
  });
}
