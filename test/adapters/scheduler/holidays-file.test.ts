import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_HOLIDAYS_FILE, loadHolidayOverrides, loadWorkingCalendar } from "../../../src/adapters/scheduler/holidays-file.js";
import { ReminderError } from "../../../src/core/reminders/errors.js";

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    return err instanceof ReminderError ? err.code : String(err);
  }
}

describe("holiday file", () => {
  it("loads seeds/holidays-vn.json, whose uncertain rows carry a note", async () => {
    expect(DEFAULT_HOLIDAYS_FILE).toMatch(/seeds[\\/]holidays-vn\.json$/);
    const calendar = await loadWorkingCalendar();
    expect(calendar.isWorkingDay("2023-01-20")).toBe(false);
    expect(calendar.isWorkingDay("2023-01-27")).toBe(true);
    const overrides = await loadHolidayOverrides();
    const tet = overrides.years["2023"]?.daysOff.find((d) => d.from === "2023-01-20");
    expect(tet?.note).toBeTruthy();
  });

  it("fails with a stable code when the file is missing, not JSON, or wrong", async () => {
    const dir = mkdtempSync(join(tmpdir(), "holidays-"));
    writeFileSync(join(dir, "bad.json"), "{ not json");
    writeFileSync(join(dir, "wrong.json"), JSON.stringify({ country: "VN", years: { "2023": { daysOff: [{ from: "20/1/2023" }] } } }));
    expect(await codeOf(loadHolidayOverrides(join(dir, "missing.json")))).toBe("holidays_unreadable");
    expect(await codeOf(loadHolidayOverrides(join(dir, "bad.json")))).toBe("holidays_invalid");
    expect(await codeOf(loadHolidayOverrides(join(dir, "wrong.json")))).toBe("holidays_invalid");
  });
});
