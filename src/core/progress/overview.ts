import type { BotConfig } from "../bot-types.js";
import type { Reply } from "../message.js";
import type { Plan } from "../plan/plan.js";
import { compareIds } from "../plan/plan.js";
import { taskItem, taskList } from "../render/lines.js";
import type { State } from "../state.js";
import { statusLookup } from "./questions.js";
import { taskStatuses } from "./records.js";
import { isAdmin, rosterEntry } from "./roster.js";
import { standings } from "./standing.js";
import { asOf } from "./as-of.js";

/** The user's agency at a glance (Slack App Home): its tasks with status and deadline. */
export function overview(plan: Plan, state: Readonly<State>, user: string, at: Date, config: BotConfig): Reply {
  const entry = rosterEntry(state, user);
  const lookup = statusLookup({ lang: "vi", config, plan }, state, taskStatuses(state));
  const office = entry?.role === "office" || isAdmin(state, user, config.admins);
  const tasks = (entry?.agency && !office ? plan.ledBy(entry.agency) : [...plan.tasks]).sort((a, b) => compareIds(a.id, b.id));
  const st = standings(plan, state, tasks, asOf(plan, at, config.timezone, "vi").at);
  const who = entry?.agency ? plan.agencyName(entry.agency) : office ? "Toàn bộ Kế hoạch" : undefined;
  const head = who
    ? `${who}: ${tasks.length} nhiệm vụ — đúng hạn ${st.counts.done_on_time}, trễ ${st.counts.done_late}, đang làm ${st.counts.in_progress}, quá hạn ${st.counts.overdue}, chưa báo cáo ${st.counts.not_reported}.`
    : `Bạn chưa được gán cơ quan. Nhờ quản trị viên: «gán ${user} cho <tên cơ quan>». Dưới đây là toàn bộ ${tasks.length} nhiệm vụ.`;
  return {
    intent: "overview",
    text: `${head}\n${taskList(plan, tasks, "vi", { status: lookup })}`,
    lang: "vi",
    tasks: tasks.map((t) => t.id),
    targets: [],
    items: tasks.map((t) => taskItem(plan, t, "vi", lookup)),
  };
}
