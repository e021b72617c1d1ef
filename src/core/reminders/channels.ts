import type { Plan } from "../plan/plan.js";
import type { ChannelEntry, State } from "../state.js";
import { DEFAULT_REMINDER_CRON } from "./schedule.js";

/** `cron` must already be checked with parseCron. */
export type ChannelChange = { channel: string; agency?: string; cron?: string; by?: string } | { channel: string; remove: true };

export const CHANNEL_ADDRESS = /^[a-z]+:[^\s]+$/;

function describe(plan: Plan, c: ChannelEntry): string {
  return `${c.channel}: ${c.agency ? `nhiệm vụ của ${plan.agencyName(c.agency)}` : "toàn bộ Kế hoạch"}, lịch «${c.cron}»`;
}

/**
 * Registers, updates or removes a reminder channel; shared by the CLI and the chat command. Changing
 * the schedule restarts the channel's history (addedAt), so the new schedule does not catch up on a
 * slot the old one already covered this week.
 */
export function applyChannel(draft: State, plan: Plan, change: ChannelChange, at: Date): string {
  const existing = draft.channels.find((c) => c.channel === change.channel);
  if ("remove" in change) {
    if (!existing) return `${change.channel} chưa đăng ký nhắc việc.`;
    draft.channels = draft.channels.filter((c) => c.channel !== change.channel);
    return `Đã tắt nhắc việc hàng tuần ở ${change.channel}.`;
  }
  const cron = change.cron ?? existing?.cron ?? DEFAULT_REMINDER_CRON;
  if (existing) {
    if (existing.cron !== cron) existing.addedAt = at.toISOString();
    existing.cron = cron;
    if (change.agency) existing.agency = change.agency;
    else delete existing.agency;
    return `Đã cập nhật nhắc việc: ${describe(plan, existing)}.`;
  }
  const entry: ChannelEntry = { channel: change.channel, cron, addedAt: at.toISOString(), ...(change.agency ? { agency: change.agency } : {}), ...(change.by ? { addedBy: change.by } : {}) };
  draft.channels.push(entry);
  return `Đã bật nhắc việc hàng tuần: ${describe(plan, entry)}.`;
}

export function channelList(plan: Plan, state: Readonly<State>): string {
  if (state.channels.length === 0) return "Chưa có kênh nào nhận nhắc việc. Thêm bằng lệnh channel add <kênh> hoặc nhắn «bật nhắc việc hàng tuần ở kênh này».";
  return state.channels.map((c) => `• ${describe(plan, c)}`).join("\n");
}
