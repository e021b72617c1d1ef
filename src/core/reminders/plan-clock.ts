import { quarterEnd, quarterOfMonth } from "../plan/periods.js";
import { localParts, zonedInstant } from "./zoned-time.js";

/** Where "now" stands against the plan's deadlines. */
export interface PlanClock {
  /** The instant deadlines are measured against: now, or the same local wall time in the plan's year. */
  at: Date;
  /** Local date of `at` (YYYY-MM-DD). */
  date: string;
  /** The real local date. */
  today: string;
  /** True when the real year is not the plan's year and `at` was moved onto the plan's year. */
  shifted: boolean;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  quarterStart: string;
  quarterEnd: string;
}

const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Whole days from `from` to `to` (dates as YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * A plan is for one year (2023). With a clock in that year everything is natural. With a clock in
 * another year (a real clock running a 2023 demo in 2026), the digest reads the same day of the
 * plan's year, so quarters, days left and staleness stay meaningful; the digest says so in its header.
 */
export function planClock(now: Date, planYear: number, timezone: string): PlanClock {
  const p = localParts(now, timezone);
  const year = Number(p.date.slice(0, 4));
  let date = p.date;
  let at = now;
  if (year !== planYear) {
    const monthDay = p.date.slice(5) === "02-29" && !isLeap(planYear) ? "02-28" : p.date.slice(5);
    date = `${planYear}-${monthDay}`;
    at = zonedInstant(date, p.hour, p.minute, p.second, timezone);
  }
  const quarter = quarterOfMonth(Number(date.slice(5, 7)));
  const startMonth = String((quarter - 1) * 3 + 1).padStart(2, "0");
  return {
    at,
    date,
    today: p.date,
    shifted: year !== planYear,
    year: planYear,
    quarter,
    quarterStart: `${planYear}-${startMonth}-01`,
    quarterEnd: quarterEnd(planYear, quarter),
  };
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
