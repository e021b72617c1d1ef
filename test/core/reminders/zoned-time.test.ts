import { describe, expect, it } from "vitest";
import { ReminderError } from "../../../src/core/reminders/errors.js";
import { addDays, endOfIsoWeek, isoWeek, isoWeekday, localParts, zonedInstant } from "../../../src/core/reminders/zoned-time.js";

describe("zoned time", () => {
  it("labels ISO weeks, including the ones that straddle a new year", () => {
    expect(isoWeek("2023-01-01")).toBe("2022-W52");
    expect(isoWeek("2023-01-02")).toBe("2023-W01");
    expect(isoWeek("2023-01-23")).toBe("2023-W04");
    expect(isoWeek("2023-05-15")).toBe("2023-W20");
    expect(isoWeek("2020-12-31")).toBe("2020-W53");
    expect(isoWeek("2021-01-03")).toBe("2020-W53");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
  });

  it("converts wall time in a zone to an instant and back", () => {
    const at = zonedInstant("2023-05-15", 8, 0, 0, "Asia/Ho_Chi_Minh");
    expect(at.toISOString()).toBe("2023-05-15T01:00:00.000Z");
    expect(localParts(at, "Asia/Ho_Chi_Minh")).toEqual({ date: "2023-05-15", hour: 8, minute: 0, second: 0 });
    // New York: summer and winter offsets, and 02:30 on the spring-forward night moves to 03:30.
    expect(zonedInstant("2023-07-03", 8, 0, 0, "America/New_York").toISOString()).toBe("2023-07-03T12:00:00.000Z");
    expect(zonedInstant("2023-01-02", 8, 0, 0, "America/New_York").toISOString()).toBe("2023-01-02T13:00:00.000Z");
    expect(zonedInstant("2023-03-12", 2, 30, 0, "America/New_York").toISOString()).toBe("2023-03-12T07:30:00.000Z");
    // 01:30 happens twice on the fall-back night; the earlier one is taken.
    expect(zonedInstant("2023-11-05", 1, 30, 0, "America/New_York").toISOString()).toBe("2023-11-05T05:30:00.000Z");
  });

  it("finds the end of the local ISO week and counts days", () => {
    expect(endOfIsoWeek(new Date("2023-01-27T01:00:00Z"), "Asia/Ho_Chi_Minh").toISOString()).toBe("2023-01-29T17:00:00.000Z");
    // Sunday 20:00 UTC is already Monday in Vietnam, so its week ends a week later.
    expect(endOfIsoWeek(new Date("2023-05-14T20:00:00Z"), "Asia/Ho_Chi_Minh").toISOString()).toBe("2023-05-21T17:00:00.000Z");
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(isoWeekday("2023-01-22")).toBe(7);
  });

  it("rejects an unknown time zone with a stable code", () => {
    expect(() => localParts(new Date(0), "Mars/Olympus")).toThrow(ReminderError);
    try {
      localParts(new Date(0), "Mars/Olympus");
    } catch (err) {
      expect((err as ReminderError).code).toBe("bad_timezone");
    }
  });
});
