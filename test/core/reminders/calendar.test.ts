import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar, parseHolidayOverrides } from "../../../src/core/reminders/calendar.js";
import { ReminderError } from "../../../src/core/reminders/errors.js";
import { calendar } from "./support.js";

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof ReminderError ? err.code : "not a ReminderError";
  }
  return undefined;
}

describe("working calendar", () => {
  it("agrees with date-holidays on Tết 2023: a public holiday from Giao thừa (21/1) for five days", () => {
    const tet = new Holidays("VN").getHolidays(2023).find((h) => h.type === "public" && h.date.startsWith("2023-01-21"));
    expect(tet?.name).toMatch(/Tết/);
    expect(new Holidays("VN").isHoliday(new Date("2023-01-23T05:00:00Z"))).toBeTruthy();
    const plain = createWorkingCalendar();
    for (const d of ["2023-01-23", "2023-01-24", "2023-01-25"]) expect(plain.isWorkingDay(d)).toBe(false);
    // date-holidays alone ends the break on Wednesday; the announced break adds Friday 20 and Thursday 26.
    expect(plain.isWorkingDay("2023-01-20")).toBe(true);
    expect(plain.isWorkingDay("2023-01-26")).toBe(true);
    for (let day = 20; day <= 26; day++) expect(calendar.isWorkingDay(`2023-01-${day}`)).toBe(false);
    expect(calendar.isWorkingDay("2023-01-27")).toBe(true);
    expect(calendar.reason("2023-01-26")).toMatch(/Quý Mão/);
  });

  it("knows the 2023 spring and National Day breaks, compensatory days and weekends", () => {
    for (const d of ["2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03"]) expect(calendar.isWorkingDay(d)).toBe(false);
    expect(calendar.isWorkingDay("2023-05-04")).toBe(true);
    for (const d of ["2023-09-01", "2023-09-02", "2023-09-03", "2023-09-04"]) expect(calendar.isWorkingDay(d)).toBe(false);
    expect(calendar.isWorkingDay("2023-09-05")).toBe(true);
    expect(calendar.isWorkingDay("2023-01-02")).toBe(false);
    expect(calendar.reason("2023-05-13")).toBe("weekend");
    expect(calendar.isWorkingDay("2023-05-15")).toBe(true);
  });

  it("treats an announced make-up Saturday as a working day", () => {
    expect(calendar.isWorkingDay("2024-05-04")).toBe(true);
    expect(calendar.isWorkingDay("2024-05-11")).toBe(false);
    expect(calendar.isWorkingDay("2024-04-29")).toBe(false);
  });

  it("rejects a malformed override file with a stable code", () => {
    const base = { country: "VN", years: { "2023": { daysOff: [{ from: "2023-01-20", to: "2023-01-26", name: "Tết" }] } } };
    expect(code(() => parseHolidayOverrides(base))).toBeUndefined();
    expect(code(() => parseHolidayOverrides({ ...base, years: { "2023": { daysOff: [{ from: "2023-02-30", to: "2023-03-01", name: "x" }] } } }))).toBe("holidays_invalid");
    expect(code(() => parseHolidayOverrides({ ...base, years: { "2023": { daysOff: [{ from: "2023-01-26", to: "2023-01-20", name: "x" }] } } }))).toBe("holidays_invalid");
    expect(code(() => parseHolidayOverrides({ ...base, years: { "2023": { workingDays: [{ date: "2024-05-04", name: "x" }] } } }))).toBe("holidays_invalid");
    expect(code(() => parseHolidayOverrides({ years: {} }))).toBe("holidays_invalid");
  });
});
