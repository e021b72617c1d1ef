import { applyChannel, CHANNEL_ADDRESS, channelList } from "../core/reminders/channels.js";
import { ReminderError } from "../core/reminders/errors.js";
import { parseCron } from "../core/reminders/schedule.js";
import { zaloGroupCheck } from "../adapters/zalo/group-check.js";
import { agencyOption, str, UsageError, type Args, type Session } from "./common.js";

const USAGE = 'channel add <channel> [--agency "<name or alias>"] [--cron "0 8 * * 1"] | channel list | channel remove <channel>';

/** channel add/list/remove: where the weekly digest goes, for which agency, on which schedule. */
export async function channel(args: Args, session: Session): Promise<void> {
  const [action, address] = args.positionals;
  const { plan, store } = session.core;
  if (action === "list" || !action) {
    process.stdout.write(`${store.read((s) => channelList(plan, s))}\n`);
    return;
  }
  if (action !== "add" && action !== "remove") throw new UsageError(USAGE);
  if (!address || !CHANNEL_ADDRESS.test(address)) throw new UsageError(`channel ${action} needs a channel such as slack:C0123, zalo:6ede9afa or console:team\n${USAGE}`);
  if (action === "remove") {
    process.stdout.write(`${await store.update((d) => applyChannel(d, plan, { channel: address, remove: true }, session.clock.now()))}\n`);
    return;
  }
  const cron = str(args, "cron");
  if (cron !== undefined) {
    try {
      parseCron(cron, session.config.BOT_TIMEZONE);
    } catch (err) {
      if (err instanceof ReminderError) throw new UsageError(`--cron: ${err.message} Use five fields, e.g. "0 8 * * 1" (Monday 08:00).`);
      throw err;
    }
  }
  const agency = agencyOption(args, plan);
  const result = await store.update((d) => applyChannel(d, plan, { channel: address, agency, cron, by: "cli" }, session.clock.now()));
  process.stdout.write(`${result}\n`);
  const warning = await zaloGroupCheck({ token: session.config.ZALO_BOT_TOKEN, apiUrl: session.config.ZALO_API_URL, logger: session.logger, address });
  if (warning) process.stdout.write(`${warning}\n`);
}
