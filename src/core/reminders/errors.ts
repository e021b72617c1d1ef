export type ReminderErrorCode = "bad_cron" | "bad_timezone" | "no_working_day" | "holidays_invalid" | "holidays_unreadable";

/** Expected failures of the reminder machinery, with a stable code for logs and admin replies. */
export class ReminderError extends Error {
  override name = "ReminderError";
  constructor(
    readonly code: ReminderErrorCode,
    message: string,
  ) {
    super(message);
  }
}
