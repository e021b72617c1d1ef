import type { EvidenceFile, Message, Reply, ReplyItem } from "./message.js";
import type { WorkingCalendar } from "./reminders/calendar.js";
import type { Status } from "./state.js";

/** A progress report filed through a form (Slack modal) rather than free text. */
export interface ReportForm {
  task: string;
  status: Status;
  percent?: number;
  note?: string;
  /** Evidence as written, e.g. "QĐ số 123/QĐ-UBND ngày 10/3/2023". */
  evidence?: string;
  /** Photos and PDFs from the form's file field, already stored by the adapter. */
  files?: EvidenceFile[];
}

/** The one entry point every channel calls, plus the structured views platforms render natively. */
export interface Bot {
  handle(message: Message): Promise<Reply>;
  /** The user's agency view (Slack App Home): its tasks with status and deadline. */
  overview(user: string, at: Date): Reply;
  /** Tasks this user may report on, for pickers. Empty when the user is not on the roster. */
  reportable(user: string): ReplyItem[];
  /** A report from a form: the same checks, store path and reply as a chat report. */
  submitReport(user: string, channel: string, form: ReportForm, at: Date): Promise<Reply>;
}

/** What the bot is told by its host; many modules need it, so it lives here and not in bot.ts (which imports them). */
export interface BotConfig {
  timezone: string;
  reviewRequired: boolean;
  admins: string[];
  /** The working calendar reminders use (holidays and announced days off), for "tuần này bot sẽ nhắc gì?". */
  calendar?: WorkingCalendar;
}
