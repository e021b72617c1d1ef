import { localParts as zoned } from "../time.js";
import { ReminderError } from "./errors.js";

/** Calendar arithmetic in an explicit IANA time zone; the host's TZ never enters. Dates are "YYYY-MM-DD". */
export interface LocalParts {
  date: string;
  hour: number;
  minute: number;
  second: number;
}

/** Checked up front so a bad zone is a clear ReminderError, not a RangeError deep in a digest. */
const known = new Set<string>();

export function assertTimezone(timezone: string): void {
  if (known.has(timezone)) return;
  try {
    new Intl.DateTimeFormat("en", { timeZone: timezone });
    known.add(timezone);
  } catch {
    throw new ReminderError("bad_timezone", `Unknown time zone "${timezone}" (expected an IANA name such as Asia/Ho_Chi_Minh).`);
  }
}

export function localParts(instant: Date, timezone: string): LocalParts {
  assertTimezone(timezone);
  const { date, hour, minute, second } = zoned(instant, timezone);
  return { date, hour, minute, second };
}

export function localDate(instant: Date, timezone: string): string {
  return localParts(instant, timezone).date;
}

function utcOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function offsetMs(instant: number, timezone: string): number {
  const p = localParts(new Date(instant), timezone);
  const wall = utcOf(p.date) + ((p.hour * 60 + p.minute) * 60 + p.second) * 1000;
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the wall clock in `timezone` shows `date` h:m:s (a DST gap resolves forward, an overlap to the earlier). */
export function zonedInstant(date: string, hour: number, minute: number, second: number, timezone: string): Date {
  const wall = utcOf(date) + ((hour * 60 + minute) * 60 + second) * 1000;
  const first = wall - offsetMs(wall, timezone);
  const candidates = [first, wall - offsetMs(first, timezone)].sort((a, b) => a - b);
  const exact = candidates.find((t) => t + offsetMs(t, timezone) === wall);
  return new Date(exact ?? candidates[1]!);
}

export function addDays(date: string, days: number): string {
  return new Date(utcOf(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((new Date(utcOf(date)).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week label, e.g. "2023-W04". */
export function isoWeek(date: string): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = thursday.slice(0, 4);
  const week = Math.floor((utcOf(thursday) - Date.UTC(Number(year), 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The first instant of the ISO week after the one containing `instant`, local time. */
export function endOfIsoWeek(instant: Date, timezone: string): Date {
  const date = localDate(instant, timezone);
  return zonedInstant(addDays(date, 8 - isoWeekday(date)), 0, 0, 0, timezone);
}
