import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createWorkingCalendar, parseHolidayOverrides, type HolidayOverrides, type WorkingCalendar } from "../../core/reminders/calendar.js";
import { ReminderError } from "../../core/reminders/errors.js";
import { ROOT } from "../package-root.js";

/** seeds/holidays-vn.json, found from the package root so the working directory does not matter. */
export const DEFAULT_HOLIDAYS_FILE = join(ROOT, "seeds/holidays-vn.json");

export async function loadHolidayOverrides(path: string = DEFAULT_HOLIDAYS_FILE): Promise<HolidayOverrides> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new ReminderError("holidays_unreadable", `Cannot read the holiday file ${path} (set HOLIDAYS_FILE): ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ReminderError("holidays_invalid", `The holiday file ${path} is not JSON: ${(err as Error).message}`);
  }
  return parseHolidayOverrides(data);
}

export async function loadWorkingCalendar(path?: string): Promise<WorkingCalendar> {
  return createWorkingCalendar(await loadHolidayOverrides(path));
}
