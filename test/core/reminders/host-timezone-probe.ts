// Run in a child process with a given TZ by host-timezone.test.ts: prints what the reminder machinery decides.
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { runDue } from "../../../src/core/reminders/run-due.js";
import { DEFAULT_REMINDER_CRON, slotsBetween } from "../../../src/core/reminders/schedule.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { TZ, calendar, channel, recordingOutbound, reply, ticks, vn } from "./support.js";

const slots = slotsBetween(DEFAULT_REMINDER_CRON, vn("2023-01-01"), vn("2023-12-31", 23), TZ, calendar).map((s) => `${s.period} ${s.at.toISOString()} ${s.deadline.toISOString()}`);
const store = createMemoryStore();
const out = recordingOutbound();
const channels = [channel("slack:C1", vn("2023-01-22").toISOString())];
const sends: string[] = [];
for (const now of ticks(vn("2023-01-22"), vn("2023-02-06", 9), 60)) {
  const r = await runDue({ now, store, channels, send: out.send, compose: () => [reply("x")], calendar, timezone: TZ, logger: silentLogger });
  for (const d of r.deliveries) sends.push(`${now.toISOString()} ${d.outcome}`);
}
process.stdout.write(JSON.stringify({ offset: new Date(2023, 0, 1).getTimezoneOffset(), slots, sends }));
