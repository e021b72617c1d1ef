import type { Reply } from "../message.js";
import { deliver, type DeliverDeps, type DeliveryResult } from "./deliver.js";
import { claimable, nudgeKey } from "./ledger.js";
import { isoWeek, localDate } from "./zoned-time.js";

export interface NudgeRequest {
  /** Platform-qualified user, also the address the nudge is sent to ("slack:U123"). */
  user: string;
  task: string;
}

/** Builds one message for a user about the tasks that may still be nudged this week (lead's nudge*.ts). */
export type ComposeNudge = (user: string, tasks: string[]) => Promise<Reply[]> | Reply[];

export interface SendNudgesDeps extends DeliverDeps {
  timezone: string;
  compose: ComposeNudge;
}

/**
 * Sends each user one message about their requested tasks, leaving out every task already nudged (or
 * being nudged) this ISO week, local time. Failed nudges are retried with backoff when called again.
 */
export async function sendNudges(deps: SendNudgesDeps, nudges: readonly NudgeRequest[]): Promise<DeliveryResult[]> {
  const week = isoWeek(localDate(deps.now, deps.timezone));
  const byUser = new Map<string, Set<string>>();
  for (const n of nudges) byUser.set(n.user, (byUser.get(n.user) ?? new Set()).add(n.task));
  const runs = [...byUser].map(async ([user, wanted]) => {
    const tasks = [...wanted].filter((task) => {
      const key = nudgeKey(user, task, week);
      return claimable(
        deps.store.read((s) => s.ledger.find((e) => e.key === key)),
        deps.now,
      );
    });
    if (tasks.length === 0) return undefined;
    const items = tasks.map((task) => ({ key: nudgeKey(user, task, week), channel: user, kind: "nudge" as const, slot: week, tasks: [task] }));
    return deliver(deps, user, items, () => deps.compose(user, tasks));
  });
  return (await Promise.all(runs)).filter((r): r is DeliveryResult => r !== undefined);
}
