import Holidays from "date-holidays";
import { z } from "zod";
import { ReminderError } from "./errors.js";
import { addDays, isoWeekday } from "./zoned-time.js";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, "not a calendar date");

const dayOffSchema = z.object({ from: isoDate, to: isoDate, name: z.string().min(1), source: z.string().optional(), note: z.string().optional() }).refine((r) => r.from <= r.to, "from is after to");
const workingDaySchema = z.object({ date: isoDate, name: z.string().min(1), source: z.string().optional(), note: z.string().optional() });

/** seeds/holidays-vn.json: what the government announces each year on top of the statutory holidays. */
export const holidayOverridesSchema = z.object({
  $comment: z.string().optional(),
  country: z.literal("VN"),
  years: z.record(z.string().regex(/^\d{4}$/), z.object({ daysOff: z.array(dayOffSchema).default([]), workingDays: z.array(workingDaySchema).default([]) })),
});
export type HolidayOverrides = z.infer<typeof holidayOverridesSchema>;

export function parseHolidayOverrides(data: unknown): HolidayOverrides {
  const parsed = holidayOverridesSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ReminderError("holidays_invalid", `Holiday file is invalid: ${lines.join("; ")}`);
  }
  for (const [year, y] of Object.entries(parsed.data.years)) {
    const dates = [...y.daysOff.flatMap((r) => [r.from, r.to]), ...y.workingDays.map((w) => w.date)];
    const stray = dates.find((d) => !d.startsWith(year));
    if (stray) throw new ReminderError("holidays_invalid", `Holiday file: ${stray} is listed under year ${year}.`);
  }
  return parsed.data;
}

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** Why a date is not a working day ("weekend", a holiday name), or undefined when it is one. */
  reason(date: string): string | undefined;
}

/**
 * Vietnamese working days: Monday to Friday, minus public holidays from date-holidays ("VN", lunar Tết
 * included) and the announced extra days off, plus announced make-up working days (which may be Saturdays).
 */
export function createWorkingCalendar(overrides?: HolidayOverrides): WorkingCalendar {
  const hd = new Holidays("VN");
  const byYear = new Map<number, { off: Map<string, string>; work: Map<string, string> }>();

  function year(y: number) {
    let entry = byYear.get(y);
    if (entry) return entry;
    const off = new Map<string, string>();
    const work = new Map<string, string>();
    for (const h of hd.getHolidays(y)) {
      if (h.type !== "public") continue;
      // Multi-day holidays (Tết) come as one entry spanning several days.
      const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
      for (let i = 0; i < days; i++) off.set(addDays(h.date.slice(0, 10), i), h.name);
    }
    const o = overrides?.years[String(y)];
    for (const r of o?.daysOff ?? []) {
      for (let d = r.from; d <= r.to; d = addDays(d, 1)) off.set(d, r.name);
    }
    for (const w of o?.workingDays ?? []) work.set(w.date, w.name);
    entry = { off, work };
    byYear.set(y, entry);
    return entry;
  }

  function reason(date: string): string | undefined {
    const { off, work } = year(Number(date.slice(0, 4)));
    if (work.has(date)) return undefined;
    return off.get(date) ?? (isoWeekday(date) >= 6 ? "weekend" : undefined);
  }

  return { reason, isWorkingDay: (date) => reason(date) === undefined };
}
