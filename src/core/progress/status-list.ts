import { periodName } from "../intents/handlers/due.js";
import type { Reply } from "../message.js";
import { compareIds } from "../plan/plan.js";
import type { Task } from "../plan/schema.js";
import { taskSection } from "../render/lines.js";
import { taskCount } from "../render/task-count.js";
import { bodyReply } from "../intents/context.js";
import { asOf } from "./as-of.js";
import { statusLookup } from "./status-lookup.js";
import { standings } from "./standing.js";
import { matches, statusFilterOf, type StatusFilter } from "./status-filter.js";
import { answer, tt, type Turn } from "./turn.js";

// A status list answers a progress question: replies keep the intent name clients and logs already know.
const REPLY_INTENT = "progress";

const NAMES: Record<StatusFilter, [string, string]> = {
  done: ["đã hoàn thành", "done"],
  done_on_time: ["hoàn thành đúng hạn", "done on time"],
  done_late: ["hoàn thành trễ hạn", "done late"],
  in_progress: ["đang thực hiện", "in progress"],
  blocked: ["đang gặp vướng mắc", "blocked"],
  overdue: ["quá hạn", "overdue"],
  not_reported: ["chưa có báo cáo", "with no report"],
  not_started: ["chưa thực hiện (hoặc chưa báo cáo)", "not started (or not reported)"],
  not_done: ["chưa hoàn thành", "not finished"],
};

/** The list filter this turn asks for, when it names no task. */
export function statusFilterOfTurn(turn: Turn): StatusFilter | undefined {
  if (turn.e.tasks.length) return undefined;
  return statusFilterOf(turn.e.text, turn.words, turn.e.cues.has("obligation"));
}

/**
 * A message that names no task, target or document cannot be a report, whatever the rules guessed:
 * "danh sách việc đã hoàn thành", "các việc chưa có ai báo cáo" ask for a list.
 */
export function readsAsList(turn: Turn, intent: string): boolean {
  const { e } = turn;
  if (e.tasks.length || e.targets.length || e.evidence) return false;
  const listy = e.cues.has("list") || e.cues.has("many") || e.question;
  if (intent === "progress_update" || intent === "unknown") return e.cues.has("task_word") && listy && statusFilterOfTurn(turn) !== undefined;
  // A period's or an agency's list asked by a standing the report words state ("quý 1 còn bao nhiêu nhiệm
  // vụ chưa hoàn thành?", "what is still not done in Q1 for the Department of Justice?") is that standing's list.
  if (intent === "due" || intent === "agency") return listy && e.status !== undefined && statusFilterOfTurn(turn) !== undefined;
  return false;
}

/**
 * "Nhiệm vụ nào đã hoàn thành / đang vướng / quá hạn…", optionally of one lead agency and one period:
 * exactly the tasks in that standing, as of the plan clock (the reminders' "today"), said in the reply.
 */
export function statusList(turn: Turn, filter: StatusFilter): Reply {
  const { plan, e, lang } = turn;
  const state = turn.store.read((s) => s);
  const agency = e.agencies[0];
  let scope: Task[] = e.period ? plan.dueIn(e.period) : [...plan.tasks];
  if (agency) scope = scope.filter((t) => t.lead.includes(agency));
  const when = asOf(plan, turn.now, turn.config.timezone, lang);
  const st = standings(plan, state, scope, when.at);
  const tasks = scope.filter((t) => matches(filter, st.byTask.get(t.id)!, st.statuses.get(t.id))).sort((a, b) => compareIds(a.id, b.id));
  const name = NAMES[filter][lang === "en" ? 1 : 0];
  const who = agency ? tt(turn, ` do ${plan.agencyName(agency)} chủ trì`, ` led by ${plan.agencyName(agency)}`) : "";
  const period = e.period ? tt(turn, `, đến hạn trong ${periodName(e.period, lang, plan.data.year)}`, `, due in ${periodName(e.period, lang, plan.data.year)}`) : "";
  // Counted as the plan counts ("TỔNG CỘNG: 27 NHIỆM VỤ") and as the due lists do: a sub-row listed with its parent is part of it.
  const all = counted(scope, lang);
  const scopeNote = tt(turn, ` (trong ${all.n} nhiệm vụ${who}${period}${all.note}; ${when.label})`, ` (of ${all.n} task(s)${who}${period}${all.note}; ${when.label})`);
  if (tasks.length === 0) {
    return answer(turn, REPLY_INTENT, tt(turn, `Không có nhiệm vụ nào ${name}${scopeNote}.`, `No task is ${name}${scopeNote}.`));
  }
  const lookup = statusLookup(turn, state, st.statuses);
  const found = counted(tasks, lang);
  const head = tt(turn, `${found.n} nhiệm vụ ${name}${found.note}${scopeNote}:`, `${found.n} task(s) ${name}${found.note}${scopeNote}:`);
  return bodyReply(turn, REPLY_INTENT, { sections: [taskSection(plan, head, tasks, lang, { status: lookup, of: agency })] }, { tasks: tasks.map((t) => t.id) });
}

/** taskCount's note as a clause (", kèm việc con 10.1, 10.2"), to sit inside the reply's own parentheses. */
function counted(tasks: readonly Task[], lang: "vi" | "en"): { n: number; note: string } {
  const { n, note } = taskCount(tasks, lang);
  return { n, note: note.replace(/^ \((.*)\)$/, ", $1") };
}
