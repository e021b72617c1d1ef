import type { WorkingCalendar } from "../../core/reminders/calendar.js";
import type { Send } from "../../core/reminders/deliver.js";
import { runDue, type ComposeDigest, type RunDueResult } from "../../core/reminders/run-due.js";
import { sendNudges, type ComposeNudge, type NudgeRequest } from "../../core/reminders/send-nudges.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";

export interface ReminderTickDeps {
  store: Store;
  send: Send;
  compose: ComposeDigest;
  calendar: WorkingCalendar;
  timezone: string;
  logger: Logger;
  /** Optional: which nudges are wanted at this instant; sendNudges keeps them to once a week per task. */
  nudges?: { pick: (now: Date) => Promise<NudgeRequest[]> | NudgeRequest[]; compose: ComposeNudge };
}

/** The scheduler's tick: channels are read from the store each time, so added channels take effect at once. */
export function createReminderTick(deps: ReminderTickDeps) {
  return async (now: Date, { first }: { first: boolean }): Promise<RunDueResult> => {
    const channels = deps.store.read((s) => s.channels);
    const result = await runDue({ ...deps, now, channels, recover: first });
    if (deps.nudges) {
      const wanted = await deps.nudges.pick(now);
      if (wanted.length > 0) await sendNudges({ ...deps, now, compose: deps.nudges.compose }, wanted);
    }
    return result;
  };
}
