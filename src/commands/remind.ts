import { createMemoryStore } from "../adapters/memory/memory-store.js";
import { loadWorkingCalendar } from "../adapters/scheduler/holidays-file.js";
import { createReminderTick } from "../adapters/scheduler/reminder-tick.js";
import { sendVia } from "../adapters/scheduler/start-reminders.js";
import type { Reply } from "../core/message.js";
import { asText, reminderJobs } from "../core/reminders/jobs.js";
import { previewDigest } from "../core/reminders/preview.js";
import { channelList } from "../core/reminders/channels.js";
import type { State } from "../core/state.js";
import { str, UsageError, type Args, type Session } from "./common.js";
import { cliOutbound } from "./remind-outbound.js";
import { renderBody } from "../core/render/reply-text.js";

const USAGE = "remind [--now ISO] [--dry-run] [--json] | remind preview [--channel C] [--json]";

interface Sent {
  channel: string;
  text: string;
  tasks: string[];
  /** The digest's full list, which «xem tiếp» shows after it. */
  more?: string;
}

const write = (text: string) => process.stdout.write(text);

/**
 * Does what is due at --now (default: the real time) exactly as the running bot would: digests due
 * or missed this week, retries, and nudges. This process holds the data directory's lock, so any
 * ledger entry still pending belongs to a crashed run: it recovers them like a start-up does.
 * --dry-run runs the same code on a copy of the state and prints what would be sent.
 */
export async function remind(args: Args, session: Session): Promise<void> {
  const [sub] = args.positionals;
  if (sub === "preview") return preview(args, session);
  if (sub !== undefined) throw new UsageError(USAGE);
  const now = session.clock.now();
  const timezone = session.config.BOT_TIMEZONE;
  const json = args.values.json === true;
  const dry = args.values["dry-run"] === true;
  const calendar = await loadWorkingCalendar(session.config.HOLIDAYS_FILE);
  const store = dry ? createMemoryStore(session.core.store.read((s) => s) as State) : session.core.store;
  const outbound = cliOutbound(session.config, session.logger, { quiet: json, write });
  const sent: Sent[] = [];
  const failed: string[] = [];
  const send = async (address: string, reply: Reply) => {
    if (!dry) {
      await sendVia(outbound)(address, reply).catch((err: unknown) => {
        failed.push(`${address}: ${(err as Error).message}`);
        throw err;
      });
    }
    sent.push({ channel: address, text: reply.text, tasks: reply.tasks, ...(reply.continuation ? { more: renderBody(reply.continuation, reply.lang) } : {}) });
  };
  const jobs = reminderJobs({ plan: session.core.plan, store, clock: { now: () => now }, timezone, calendar });
  const tick = createReminderTick({ store, send, compose: jobs.compose, calendar, timezone, logger: session.logger, nudges: jobs.nudges });
  await tick(now, { first: true });
  if (json) write(`${JSON.stringify(sent)}\n`);
  else if (dry) write(sent.map((m) => `→ ${m.channel}\n${m.text}\n\n`).join("") || "Không có nhắc việc nào đến hạn lúc này.\n");
  else write(`Đã gửi ${sent.length} tin nhắc việc${failed.length ? `, ${failed.length} tin lỗi (sẽ thử lại)` : ""}.\n`);
  if (failed.length) throw new Error(`Some reminders failed and will be retried:\n${failed.join("\n")}`);
}

/** The next digest of one channel, or of every registered channel. */
async function preview(args: Args, session: Session): Promise<void> {
  const { plan, store } = session.core;
  const state = store.read((s) => s);
  const wanted = str(args, "channel");
  const channels = wanted ? [state.channels.find((c) => c.channel === wanted) ?? { channel: wanted }] : state.channels;
  if (channels.length === 0) {
    write(`${channelList(plan, state)}\n`);
    return;
  }
  const calendar = await loadWorkingCalendar(session.config.HOLIDAYS_FILE);
  const now = session.clock.now();
  const replies = channels.map((channel) => ({ channel: channel.channel, reply: asText(previewDigest(plan, state, { channel, now, timezone: session.config.BOT_TIMEZONE, calendar })) }));
  if (args.values.json) write(`${JSON.stringify(replies.map(({ channel, reply }) => ({ channel, text: reply.text, tasks: reply.tasks })))}\n`);
  else write(replies.map((r) => `${r.reply.text}\n\n`).join(""));
}
