import { describe, expect, it } from "vitest";
import { createWorkingCalendar, parseHolidayOverrides } from "../../../src/core/reminders/calendar.js";
import { ReminderError } from "../../../src/core/reminders/errors.js";
import { DEFAULT_REMINDER_CRON, moveToWorkingDay, parseCron, slotsBetween } from "../../../src/core/reminders/schedule.js";
import { TZ, calendar, vn } from "./support.js";

describe("schedule", () => {
  it("fires Monday 08:00 Vietnamese time and labels the period by ISO week", () => {
    const [slot] = slotsBetween(DEFAULT_REMINDER_CRON, vn("2023-05-14"), vn("2023-05-20"), TZ, calendar);
    expect(slot?.at.toISOString()).toBe("2023-05-15T01:00:00.000Z");
    expect(slot?.period).toBe("2023-W20");
    expect(slot?.deadline.toISOString()).toBe(vn("2023-05-22").toISOString());
  });

  it("moves Monday 23 January 2023 (Tết) to Friday 27 January 08:00, the first working day after the break", () => {
    const [slot] = slotsBetween(DEFAULT_REMINDER_CRON, vn("2023-01-22"), vn("2023-01-28"), TZ, calendar);
    expect(slot?.nominal.toISOString()).toBe(vn("2023-01-23", 8).toISOString());
    expect(slot?.at.toISOString()).toBe(vn("2023-01-27", 8).toISOString());
    expect(slot?.at.toISOString()).toBe("2023-01-27T01:00:00.000Z");
    expect(slot?.period).toBe("2023-W04");
    expect(slot?.superseded).toBe(false);
    // With date-holidays alone the break ends on Wednesday 25, so Thursday would be chosen.
    expect(moveToWorkingDay(vn("2023-01-23", 8), TZ, createWorkingCalendar()).toISOString()).toBe(vn("2023-01-26", 8).toISOString());
  });

  it("moves the 2023 spring and National Day Mondays past their breaks", () => {
    expect(moveToWorkingDay(vn("2023-05-01", 8), TZ, calendar).toISOString()).toBe(vn("2023-05-04", 8).toISOString());
    expect(moveToWorkingDay(vn("2023-09-04", 8), TZ, calendar).toISOString()).toBe(vn("2023-09-05", 8).toISOString());
    expect(moveToWorkingDay(vn("2023-01-02", 8), TZ, calendar).toISOString()).toBe(vn("2023-01-03", 8).toISOString());
    expect(moveToWorkingDay(vn("2023-05-15", 8), TZ, calendar).toISOString()).toBe(vn("2023-05-15", 8).toISOString());
  });

  it("skips a slot whose move reaches the next one (a break longer than a week)", () => {
    const long = createWorkingCalendar(parseHolidayOverrides({ country: "VN", years: { "2026": { daysOff: [{ from: "2026-02-14", to: "2026-02-22", name: "Tết Bính Ngọ" }] } } }));
    const slots = slotsBetween(DEFAULT_REMINDER_CRON, vn("2026-02-14"), vn("2026-02-24"), TZ, long);
    expect(slots.map((s) => [s.nominal.toISOString(), s.at.toISOString(), s.superseded])).toEqual([
      [vn("2026-02-16", 8).toISOString(), vn("2026-02-23", 8).toISOString(), true],
      [vn("2026-02-23", 8).toISOString(), vn("2026-02-23", 8).toISOString(), false],
    ]);
  });

  it("gives each firing of a twice-weekly pattern its own period", () => {
    const slots = slotsBetween("0 8 * * 1,4", vn("2023-05-14"), vn("2023-05-20"), TZ, calendar);
    expect(slots.map((s) => s.period)).toEqual(["2023-W20", "2023-W20@2023-05-18T08:00"]);
  });

  it("rejects a bad pattern with a stable code", () => {
    expect(() => parseCron("every monday", TZ)).toThrow(ReminderError);
    try {
      parseCron("61 8 * * 1", TZ);
      expect.unreachable();
    } catch (err) {
      expect((err as ReminderError).code).toBe("bad_cron");
    }
  });
});
