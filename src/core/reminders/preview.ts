import type { Reply } from "../message.js";
import type { Plan } from "../plan/plan.js";
import type { ChannelEntry, State } from "../state.js";
import type { WorkingCalendar } from "./calendar.js";
import { composeDigest, dmy } from "./digest.js";
import { DEFAULT_REMINDER_CRON, slotsBetween, type Slot } from "./schedule.js";
import { localParts } from "./zoned-time.js";

/** When the channel's last digest went out; "completed since the last digest" starts there. */
export function lastDigestAt(state: Readonly<State>, channel: string): Date | undefined {
  let last: string | undefined;
  for (const e of state.ledger) {
    if (e.kind === "digest" && e.channel === channel && e.state === "sent" && e.sentAt && (!last || e.sentAt > last)) last = e.sentAt;
  }
  return last ? new Date(last) : undefined;
}

/** The first slot after `now` that will really be sent (moved off days off, not superseded). */
export function nextSlot(cron: string, now: Date, timezone: string, calendar: WorkingCalendar): Slot | undefined {
  const horizon = new Date(now.getTime() + 40 * 86_400_000);
  return slotsBetween(cron, now, horizon, timezone, calendar).find((s) => !s.superseded && s.at > now);
}

export interface PreviewOptions {
  now: Date;
  timezone: string;
  calendar: WorkingCalendar;
  /** The registered channel, or just an address for a channel without reminders. */
  channel: ChannelEntry | { channel: string };
}

/** The next digest a channel will get, as it would read at its send time given what is known now. */
export function previewDigest(plan: Plan, state: Readonly<State>, options: PreviewOptions): Reply {
  const entry = options.channel;
  const registered = "cron" in entry;
  const cron = registered ? entry.cron : DEFAULT_REMINDER_CRON;
  const slot = nextSlot(cron, options.now, options.timezone, options.calendar);
  const at = slot?.at ?? options.now;
  const digest = composeDigest(plan, state, {
    channel: entry.channel,
    agency: registered ? entry.agency : undefined,
    now: at,
    timezone: options.timezone,
    since: lastDigestAt(state, entry.channel),
  });
  const p = localParts(at, options.timezone);
  const when = `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")} ${dmy(p.date)}`;
  const head = registered
    ? `🔎 Xem trước bản nhắc việc sẽ gửi tới ${entry.channel} lúc ${when}:`
    : `🔎 ${entry.channel} chưa bật nhắc việc. Nếu bật (mặc định thứ Hai 08:00), bản nhắc lúc ${when} sẽ là:`;
  return { ...digest, intent: "remind_preview", text: `${head}\n${digest.text}` };
}
