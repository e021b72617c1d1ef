import type { Reply } from "../message.js";
import { isAdmin } from "../progress/roster.js";
import { answer, tt, type Turn } from "../progress/turn.js";
import { createWorkingCalendar, type WorkingCalendar } from "./calendar.js";
import { applyChannel } from "./channels.js";
import { dmy } from "./digest.js";
import { asText } from "./jobs.js";
import { nextSlot, previewDigest } from "./preview.js";
import { DEFAULT_REMINDER_CRON } from "./schedule.js";
import { localParts } from "./zoned-time.js";

// The same working calendar as the scheduler (with the announced days off) when the bot was given one.
let statutory: WorkingCalendar | undefined;
const calendarOf = (turn: Turn) => turn.config.calendar ?? (statutory ??= createWorkingCalendar());

function when(turn: Turn, cron: string): string {
  const slot = nextSlot(cron, turn.now, turn.config.timezone, calendarOf(turn));
  if (!slot) return "";
  const p = localParts(slot.at, turn.config.timezone);
  return ` Bản đầu tiên dự kiến lúc ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")} ${dmy(p.date)}.`;
}

/** Admins: "bật nhắc việc hàng tuần ở kênh này" (bound to an agency only when one is named), "tắt nhắc việc". */
export async function channelChat(turn: Turn): Promise<Reply> {
  const { message } = turn;
  const state = turn.store.read((s) => s);
  if (!isAdmin(state, message.user, turn.config.admins)) {
    return answer(turn, "denied", tt(turn, "Chỉ quản trị viên mới bật hay tắt nhắc việc của kênh. Chưa có gì thay đổi.", "Only admins turn a channel's reminders on or off. Nothing changed."));
  }
  if (turn.e.cues.has("remind_off")) {
    const text = await turn.store.update((d) => applyChannel(d, turn.plan, { channel: message.channel, remove: true }, turn.now));
    return answer(turn, "channel", text);
  }
  const agency = turn.e.agencies[0];
  const text = await turn.store.update((d) => applyChannel(d, turn.plan, { channel: message.channel, agency, by: message.user }, turn.now));
  const cron = turn.store.read((s) => s.channels.find((c) => c.channel === message.channel)?.cron) ?? DEFAULT_REMINDER_CRON;
  return answer(turn, "channel", `${text}${when(turn, cron)} Hỏi «tuần này bot sẽ nhắc gì?» để xem trước.`);
}

/** Anyone: "tuần này bot sẽ nhắc gì?" — this channel's next digest, or the whole plan's when it has none. */
export function remindPreview(turn: Turn): Reply {
  const state = turn.store.read((s) => s);
  const channel = state.channels.find((c) => c.channel === turn.message.channel) ?? { channel: turn.message.channel };
  const reply = previewDigest(turn.plan, state, { channel, now: turn.now, timezone: turn.config.timezone, calendar: calendarOf(turn) });
  return asText(reply);
}
