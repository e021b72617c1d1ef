import type { Reply } from "../message.js";
import type { ChannelEntry } from "../state.js";
import type { Logger } from "../../ports/logger.js";
import type { WorkingCalendar } from "./calendar.js";
import { deliver, type DeliverDeps, type DeliveryResult } from "./deliver.js";
import { claimable, digestKey, drop, pruneLedger, recoverInterrupted } from "./ledger.js";
import { LOOKBACK_MS, slotsBetween, type Slot } from "./schedule.js";

/** Builds the digest for one channel and slot; written by the lead (digest*.ts). */
export type ComposeDigest = (channel: ChannelEntry, slot: Slot, flags: { catchUp: boolean; resend: boolean }) => Promise<Reply[]> | Reply[];

export interface RunDueDeps extends DeliverDeps {
  channels: readonly ChannelEntry[];
  compose: ComposeDigest;
  calendar: WorkingCalendar;
  timezone: string;
  logger: Logger;
  /** True for the first run after start-up: pending entries then belong to a crashed process. */
  recover?: boolean;
  /** A slot handled within this long of its time is on time; later it is a catch-up "(gửi bù)". */
  graceMs?: number;
}

export interface RunDueResult {
  deliveries: DeliveryResult[];
  /** Keys recorded as dropped in this run (missed past the catch-up week, or superseded). */
  dropped: string[];
  /** Keys a start-up recovery found pending. */
  recovered: string[];
}

export const DEFAULT_GRACE_MS = 10 * 60_000;

/**
 * Sends every digest that is due at `now` exactly once: on time, as a catch-up within the slot's ISO
 * week, or as a retry after a failure. Idempotent: calling it again at any later instant sends nothing twice.
 */
export async function runDue(deps: RunDueDeps): Promise<RunDueResult> {
  const { now, store, logger } = deps;
  const recovered = deps.recover
    ? await store.update((draft) => {
        pruneLedger(draft, now);
        return recoverInterrupted(draft);
      })
    : [];
  if (recovered.length > 0) logger.warn({ keys: recovered }, "reminders interrupted by a crash were found at start");
  const perChannel = await Promise.all(
    deps.channels.map((channel) =>
      runChannel(deps, channel).catch((err: unknown) => {
        logger.error({ err, channel: channel.channel, cron: channel.cron }, "reminder schedule failed for this channel");
        return { deliveries: [], dropped: [] };
      }),
    ),
  );
  return {
    deliveries: perChannel.flatMap((r) => r.deliveries),
    dropped: perChannel.flatMap((r) => r.dropped),
    recovered,
  };
}

async function runChannel(deps: RunDueDeps, channel: ChannelEntry): Promise<Omit<RunDueResult, "recovered">> {
  const { now, store, timezone, calendar } = deps;
  const grace = deps.graceMs ?? DEFAULT_GRACE_MS;
  const addedAt = Date.parse(channel.addedAt);
  const slots = slotsBetween(channel.cron, new Date(now.getTime() - LOOKBACK_MS), now, timezone, calendar);
  const result: Omit<RunDueResult, "recovered"> = { deliveries: [], dropped: [] };
  for (const slot of slots) {
    // Slots before a channel existed are not owed to it. A --now before it was added (remind --now
    // 2023-05-15T08:00 on a channel added today) counts it as added at that moment, so the slot due then goes.
    if (slot.at > now || slot.at.getTime() < Math.min(addedAt, now.getTime())) continue;
    const key = digestKey(channel.channel, channel.cron, slot.period);
    const entry = store.read((s) => s.ledger.find((e) => e.key === key));
    const item = { key, channel: channel.channel, kind: "digest" as const, slot: slot.at.toISOString() };
    const missedWhy = slot.superseded ? "superseded: moved onto the next slot" : now >= slot.deadline ? "missed: past its catch-up week" : undefined;
    if (missedWhy || !claimable(entry, now)) {
      if (missedWhy && !entry) {
        await store.update((draft) => drop(draft, item, now, missedWhy));
        result.dropped.push(key);
      }
      continue;
    }
    const catchUp = now.getTime() - slot.at.getTime() > grace;
    const delivery = await deliver(deps, channel.channel, [{ ...item, catchUp }], (flags) => deps.compose(channel, slot, flags));
    result.deliveries.push(delivery);
  }
  return result;
}
