import type { Config } from "../../config.js";
import { reminderJobs } from "../../core/reminders/jobs.js";
import type { Plan } from "../../core/plan/plan.js";
import type { Clock } from "../../ports/clock.js";
import type { Logger } from "../../ports/logger.js";
import type { Outbound } from "../../ports/outbound.js";
import type { Store } from "../../ports/store.js";
import { loadWorkingCalendar } from "./holidays-file.js";
import { createReminderTick } from "./reminder-tick.js";
import { createScheduler } from "./scheduler.js";

export interface StartRemindersDeps {
  plan: Plan;
  store: Store;
  config: Pick<Config, "BOT_TIMEZONE" | "HOLIDAYS_FILE">;
  clock: Clock;
  logger: Logger;
  /** Routes an address ("slack:C1", "zalo:abc", "console:x") to the channel that can deliver it. */
  outbound: Outbound;
}

/** A send that fails, and is retried with backoff, when no running channel handles the address. */
export function sendVia(outbound: Outbound) {
  return async (address: string, reply: Parameters<Outbound["send"]>[1]) => {
    if (!outbound.handles(address)) throw new Error(`no running channel delivers to ${address}`);
    await outbound.send(address, reply);
  };
}

/**
 * Weekly digests and nudges: loads the working calendar (HOLIDAYS_FILE or seeds/holidays-vn.json),
 * then ticks every minute. The first tick runs at once in the background (catch-up and crash
 * recovery) so start-up is not held up by slow platforms; stop() waits for a tick in progress.
 */
export async function startReminders(deps: StartRemindersDeps): Promise<{ stop(): Promise<void> }> {
  const timezone = deps.config.BOT_TIMEZONE;
  const logger = deps.logger.child({ component: "reminders" });
  const calendar = await loadWorkingCalendar(deps.config.HOLIDAYS_FILE);
  const jobs = reminderJobs({ plan: deps.plan, store: deps.store, clock: deps.clock, timezone, calendar });
  const tick = createReminderTick({ store: deps.store, send: sendVia(deps.outbound), compose: jobs.compose, calendar, timezone, logger, nudges: jobs.nudges });
  const scheduler = createScheduler({ clock: deps.clock, logger, tick, timezone });
  void scheduler.start();
  logger.info({ channels: deps.store.read((s) => s.channels.length), next: scheduler.nextTick()?.toISOString() }, "reminders started");
  return { stop: () => scheduler.stop() };
}
