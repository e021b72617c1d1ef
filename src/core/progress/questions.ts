import { periodName } from "../intents/handlers/due.js";
import { taskCount } from "../render/task-count.js";
import { containsPhrase } from "../language/normalise.js";
import type { Reply } from "../message.js";
import type { Task } from "../plan/schema.js";
import { taskItem, taskSection } from "../render/lines.js";
import { bodyReply } from "../intents/context.js";
import type { State } from "../state.js";
import { historyOf } from "./records.js";
import { goalOf, judge, latestTargetValues, VERDICT_EN, VERDICT_VI } from "./target-values.js";
import { evidenceText } from "./report-text.js";
import { standings, STANDINGS, type Standing } from "./standing.js";
import { statusName } from "./statuses.js";
import { answer, personName, tt, vnDateTime, type Turn } from "./turn.js";
import { asOf } from "./as-of.js";
import { fileLabel, filesLine } from "./evidence-files.js";
import { statusFilterOfTurn, statusList } from "./status-list.js";
import { reporterName, statusLookup } from "./status-lookup.js";

export { reporterName, statusLookup } from "./status-lookup.js";

const NAMES: Record<Standing, [string, string]> = {
  done_on_time: ["hoàn thành đúng hạn", "done on time"],
  done_late: ["hoàn thành trễ hạn", "done late"],
  in_progress: ["đang thực hiện", "in progress"],
  overdue: ["quá hạn", "overdue"],
  not_reported: ["chưa có báo cáo", "not reported"],
};

const has = (turn: Turn, ...phrases: string[]) => phrases.some((p) => containsPhrase(turn.e.folded, p));

/** "Số liệu mới nhất: 28% (Tỷ lệ thanh toán…) · an (Văn phòng UBND tỉnh), 15/05/2023 — chưa đạt" per reported part. */
export function targetValueLines(turn: Pick<Turn, "lang" | "config" | "plan">, state: Readonly<State>) {
  const latest = latestTargetValues(state);
  return (targetId: string): string[] => {
    const target = turn.plan.target(targetId);
    const parts = latest.get(targetId);
    if (!target || !parts) return [];
    return [...parts.values()].map((r) => {
      const verdict = (turn.lang === "en" ? VERDICT_EN : VERDICT_VI)[judge(goalOf(target, r.part), r)];
      const who = `${personName(state, r.user, r.name)}${r.agency ? ` (${turn.plan.agencyName(r.agency)})` : ""}`;
      return `${turn.lang === "en" ? "Latest value" : "Số liệu mới nhất"}: ${r.value}${r.part ? ` (${r.part})` : ""} · ${who}, ${vnDateTime(r.at, turn.config.timezone)} — ${verdict}`;
    });
  };
}

export function progress(turn: Turn): Reply {
  const { plan, e } = turn;
  const state = turn.store.read((s) => s);
  if (e.tasks.length && has(turn, "lich su", "history")) return history(turn, state, e.tasks[0]!);
  // "Nhiệm vụ nào quá hạn / đã hoàn thành / đang vướng…": the same list as the status_list intent gives.
  const filter = statusFilterOfTurn(turn);
  if (filter) return statusList(turn, filter);
  const agency = e.agencies[0];
  let scope: Task[] = e.tasks.length ? e.tasks.map((id) => plan.task(id)!) : e.period ? plan.dueIn(e.period) : [...plan.tasks];
  if (agency) scope = scope.filter((t) => t.lead.includes(agency));
  const st = standings(plan, state, scope, asOf(plan, turn.now, turn.config.timezone, turn.lang).at);
  const lookup = statusLookup(turn, state, st.statuses);
  const reply = (text: string, tasks: Task[]) => answer(turn, "progress", text, { tasks: tasks.map((t) => t.id), items: tasks.map((t) => taskItem(plan, t, turn.lang, lookup)) });
  const where = agency ? ` ${tt(turn, "của", "of")} ${plan.agencyName(agency)}` : "";
  if (e.tasks.length) {
    const lines = scope.flatMap((t) =>
      [
        `${tt(turn, "Nhiệm vụ", "Task")} ${t.id} (${t.short}): ${lookup(t.id) ?? tt(turn, "chưa có báo cáo", "no report yet")}${standingNote(turn, st.byTask.get(t.id))}${evidenceLine(turn, st.statuses.get(t.id)?.record.evidence)}`,
        filesLine(state, t.id, turn.lang),
      ].filter(Boolean),
    );
    return reply(lines.join("\n"), scope);
  }
  return summary(turn, scope, st, where);
}

function summary(turn: Turn, scope: Task[], st: ReturnType<typeof standings>, where: string): Reply {
  const period = turn.e.period ? tt(turn, ` đến hạn trong ${periodName(turn.e.period, "vi", turn.plan.data.year)}`, ` due in ${periodName(turn.e.period, "en", turn.plan.data.year)}`) : "";
  const counts = STANDINGS.map((s) => `${NAMES[s][turn.lang === "en" ? 1 : 0]}: ${st.counts[s]}`).join(" · ");
  const late = scope.filter((t) => st.byTask.get(t.id) === "overdue");
  // Tasks as the plan counts them; the standings below count rows, so the row count is said when it differs.
  const { n, note } = taskCount(scope, turn.lang);
  const rows = n === scope.length ? "" : tt(turn, `${scope.length} dòng; `, `${scope.length} rows; `);
  const subs = note.replace(/^ \((.*)\)$/, ", $1");
  const head = tt(turn, `Tiến độ ${n} nhiệm vụ${period}${where}${subs} (${rows}${dateLabel(turn)}):`, `Progress of ${n} task(s)${period}${where}${subs} (${rows}${dateLabel(turn)}):`);
  const sections = late.length
    ? [
        taskSection(turn.plan, tt(turn, "Quá hạn:", "Overdue:"), late, turn.lang, {
          status: statusLookup(
            turn,
            turn.store.read((s) => s),
            st.statuses,
          ),
        }),
      ]
    : [];
  return bodyReply(turn, "progress", { intro: `${head}\n${counts}`, sections }, { tasks: scope.map((t) => t.id), items: [] });
}

function history(turn: Turn, state: Readonly<State>, taskId: string): Reply {
  const records = historyOf(state, { task: taskId });
  if (records.length === 0) return answer(turn, "progress", tt(turn, `Nhiệm vụ ${taskId} chưa có thay đổi nào.`, `Task ${taskId} has no changes yet.`), { tasks: [taskId] });
  const lines = records.slice(-15).map((r) => {
    const when = vnDateTime(r.at, turn.config.timezone);
    // The person and their agency, never the channel: "Chị An (Sở Nội vụ)".
    const who = reporterName(turn, state, r);
    const what =
      r.kind === "report" && r.ref !== undefined
        ? `${tt(turn, `bổ sung văn bản cho #${r.ref}`, `document added to #${r.ref}`)}${evidenceLine(turn, r.evidence)}`
        : r.kind === "report"
          ? `${r.previousStatus ? `${statusName(r.previousStatus, turn.lang)} → ` : ""}${statusName(r.status!, turn.lang, r.percent)}${r.reason ? tt(turn, ` (vướng: ${r.reason})`, ` (blocked by: ${r.reason})`) : ""}${evidenceLine(turn, r.evidence)}${r.review === "pending" ? tt(turn, " (chờ xác nhận)", " (awaiting confirmation)") : ""}`
          : r.kind === "note" && r.files?.length
            ? `📎 ${r.files.map((f) => fileLabel(f, turn.lang)).join("; ")}`
            : r.kind === "note"
              ? `${tt(turn, "ghi chú", "note")}: ${r.note ?? r.text}`
              : r.kind === "undo"
                ? tt(turn, `hoàn tác thay đổi #${r.ref}`, `undid change #${r.ref}`)
                : `${r.review === "confirmed" ? tt(turn, "xác nhận", "confirmed") : tt(turn, "trả lại", "returned")} #${r.ref}${r.reason ? `: ${r.reason}` : ""}`;
    return `#${r.seq} ${when} · ${who}: ${what}`;
  });
  return answer(turn, "progress", `${tt(turn, `Lịch sử nhiệm vụ ${taskId}:`, `History of task ${taskId}:`)}\n${lines.join("\n")}`, { tasks: [taskId] });
}

/** After a task's status: overdue, or whether it was done by its deadline (by the document's date when there is one). */
function standingNote(turn: Turn, s: Standing | undefined): string {
  if (s === "overdue") return tt(turn, " — ⚠ quá hạn", " — ⚠ overdue");
  if (s === "done_on_time") return tt(turn, " — đúng hạn", " — on time");
  return s === "done_late" ? tt(turn, " — trễ hạn", " — late") : "";
}

function evidenceLine(turn: Turn, e: Parameters<typeof evidenceText>[0]): string {
  const text = evidenceText(e, turn.lang);
  return text ? ` · ${text}` : "";
}

function dateLabel(turn: Turn): string {
  return asOf(turn.plan, turn.now, turn.config.timezone, turn.lang).label;
}
