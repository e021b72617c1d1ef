import type { Reply } from "../../../src/core/message.js";
import { createWorkingCalendar } from "../../../src/core/reminders/calendar.js";
import { parseHolidayOverrides } from "../../../src/core/reminders/calendar.js";
import { zonedInstant } from "../../../src/core/reminders/zoned-time.js";
import type { ChannelEntry } from "../../../src/core/state.js";
import type { Outbound } from "../../../src/ports/outbound.js";
import seed from "../../../seeds/holidays-vn.json" with { type: "json" };

export const TZ = "Asia/Ho_Chi_Minh";
export const calendar = createWorkingCalendar(parseHolidayOverrides(seed));

/** An instant given as Vietnamese wall time: vn("2023-05-15", 8) is Monday 08:00 in Hà Nội. */
export function vn(date: string, hour = 0, minute = 0): Date {
  return zonedInstant(date, hour, minute, 0, TZ);
}

export function channel(id: string, addedAt: string, cron = "0 8 * * 1"): ChannelEntry {
  return { channel: id, cron, addedAt };
}

export function reply(text: string, tasks: string[] = []): Reply {
  return { intent: "reminder", text, lang: "vi", tasks, targets: [] };
}

/** A working Outbound that records what it sends; addresses in `failing` reject like a platform outage. */
export function recordingOutbound() {
  const sent: { address: string; reply: Reply }[] = [];
  const failing = new Set<string>();
  const outbound = {
    handles: (address: string) => address.includes(":"),
    async send(address: string, r: Reply) {
      if (failing.has(address)) throw new Error(`platform_error: ${address} unavailable`);
      sent.push({ address, reply: r });
    },
  } satisfies Outbound;
  return { outbound, sent, failing, send: (a: string, r: Reply) => outbound.send(a, r) };
}

/** Instants from `from` up to `to`, every `stepMinutes`: a fake clock ticking over a week. */
export function* ticks(from: Date, to: Date, stepMinutes: number): Generator<Date> {
  for (let t = from.getTime(); t <= to.getTime(); t += stepMinutes * 60_000) yield new Date(t);
}
