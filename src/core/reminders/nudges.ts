import type { Reply } from "../message.js";
import type { Plan } from "../plan/plan.js";
import { compareIds } from "../plan/plan.js";
import type { State } from "../state.js";
import { digestSections } from "./digest-sections.js";
import { dm, shortTitle } from "./digest.js";
import type { NudgeRequest } from "./send-nudges.js";

/** Most tasks listed with a title in one nudge; more are listed by number. */
const NUDGE_LINES = 8;

/** Why each task of the whole plan deserves a nudge now: overdue or stale. */
function reasons(plan: Plan, state: Readonly<State>, now: Date, timezone: string): Map<string, string> {
  const s = digestSections(plan, state, { now, timezone });
  const out = new Map<string, string>();
  for (const e of s.overdue) out.set(e.task.id, `quá hạn từ ${dm(e.due)}, trễ ${e.daysLate} ngày`);
  for (const e of s.stale) out.set(e.task.id, e.days === undefined ? `chưa có báo cáo nào, hạn ${dm(e.due)}` : `${e.days} ngày chưa cập nhật, hạn ${dm(e.due)}`);
  return out;
}

/**
 * Who should be nudged about what: every rostered user of an agency that leads an overdue or stale
 * task. Only agencies some registered channel covers (an unbound channel covers all): turning
 * reminders on for an agency is what turns its nudges on.
 */
export function pickNudges(plan: Plan, state: Readonly<State>, now: Date, timezone: string): NudgeRequest[] {
  if (state.channels.length === 0) return [];
  const covered = (agency: string) => state.channels.some((c) => !c.agency || c.agency === agency);
  const why = reasons(plan, state, now, timezone);
  const out: NudgeRequest[] = [];
  for (const entry of state.roster) {
    if (!entry.agency || !covered(entry.agency)) continue;
    for (const task of plan.ledBy(entry.agency)) if (why.has(task.id)) out.push({ user: entry.user, task: task.id });
  }
  return out;
}

/** A direct message listing the user's late tasks and the exact sentences that report on them. */
export function composeNudge(plan: Plan, state: Readonly<State>, input: { user: string; tasks: string[]; now: Date; timezone: string }): Reply {
  const why = reasons(plan, state, input.now, input.timezone);
  const tasks = input.tasks.filter((id) => plan.task(id)).toSorted(compareIds);
  const agency = state.roster.find((r) => r.user === input.user)?.agency;
  const lines = tasks.slice(0, NUDGE_LINES).map((id) => `• NV ${id} ${shortTitle(plan.task(id)!)} — ${why.get(id) ?? "cần cập nhật tiến độ"}`);
  if (tasks.length > NUDGE_LINES) lines.push(`• … và ${tasks.length - NUDGE_LINES} NV khác: ${tasks.slice(NUDGE_LINES).join(", ")}`);
  const example = tasks[0] ?? "<số>";
  const text = [
    `🔔 Nhắc báo cáo tiến độ CCHC${agency ? ` — ${plan.agencyName(agency)}` : ""}`,
    "Các nhiệm vụ sau đang quá hạn hoặc lâu chưa có báo cáo:",
    ...lines,
    "Trả lời ngay tại đây bằng một câu, ví dụ:",
    `«nhiệm vụ ${example} đã hoàn thành, QĐ số …/QĐ-UBND ngày …»`,
    `«nhiệm vụ ${example} đang thực hiện 50%»`,
  ].join("\n");
  return { intent: "nudge", text, lang: "vi", tasks, targets: [] };
}
