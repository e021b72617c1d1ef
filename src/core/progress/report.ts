import { compareIds } from "../plan/plan.js";
import type { Task } from "../plan/schema.js";
import type { Reply } from "../message.js";
import type { Pending, ProgressRecord, State, Status } from "../state.js";
import { parseReport } from "./parse-report.js";
import { activePending, clearPending, setPending } from "./pending.js";
import { recordLine, UNDO_HINT } from "./report-text.js";
import { reportTarget } from "./target-report.js";
import { isAdmin, reportableTasks, rightOn, rosterEntry } from "./roster.js";
import { answer, personName, tt, vnDateTime, type Turn } from "./turn.js";

export interface Slots {
  tasks: string[];
  status?: Status;
  percent?: number;
  reason?: string;
  evidence?: ProgressRecord["evidence"];
  text: string;
}

const BARE_TASK = /^\s*(?:nv|nhiem vu|task)?\s*#?(\d{1,2}(?:\.\d)?)\s*[.!]?\s*$/;

/** What this message says, merged over what an earlier question already gathered. */
function gather(turn: Turn, pending?: Pending): Slots {
  const parsed = parseReport(turn.message.text, turn.words, turn.now.getUTCFullYear());
  const before = (pending?.slots ?? {}) as Partial<Slots>;
  const bare = BARE_TASK.exec(turn.e.folded)?.[1];
  const tasks = turn.e.tasks.length ? turn.e.tasks : bare && turn.plan.task(bare) ? [bare] : (before.tasks ?? []);
  return {
    tasks,
    status: parsed.status ?? turn.e.status ?? before.status,
    percent: parsed.percent ?? before.percent,
    reason: parsed.reason ?? before.reason,
    evidence: parsed.evidence ?? before.evidence,
    text: pending ? `${pending.text} | ${turn.message.text}` : turn.message.text,
  };
}

function ask(turn: Turn, slots: Slots, text: string, choices: Reply["choices"], missing: string[]): Promise<Reply> {
  const pending = { key: turn.key, intent: "progress_update", slots: { ...slots }, missing, text: slots.text };
  return turn.store.update((d) => setPending(d, pending, turn.now)).then(() => answer(turn, "clarify", text, { choices, tasks: slots.tasks }));
}

/** Records a progress report from chat text, or from a form's fields (`form`), with the same checks. */
export async function report(turn: Turn, form?: Partial<Slots>): Promise<Reply> {
  const state = turn.store.read((s) => s);
  const slots = form ? { tasks: [], text: turn.message.text, ...form } : gather(turn, activePending(state, turn.key, turn.now));
  const user = turn.message.user;
  const entry = rosterEntry(state, user);
  const admin = isAdmin(state, user, turn.config.admins);
  if (!entry && !admin) {
    await turn.store.update((d) => clearPending(d, turn.key, turn.now));
    return answer(turn, "denied", tt(turn, `Bạn (${user}) chưa có trong danh sách báo cáo nên chưa thể cập nhật tiến độ; chưa có gì được lưu. Nhờ quản trị viên gán bạn cho cơ quan, ví dụ «gán ${user} cho Sở Tư pháp» (hoặc lệnh roster add).`, `You (${user}) are not on the reporting roster, so nothing was stored. Ask an admin to add you, e.g. "gán ${user} cho Sở Tư pháp" (or the roster add command).`));
  }
  if (!form && turn.e.targets.length && !turn.e.tasks.length) return reportTarget(turn, entry, admin);
  const badDate = form ? undefined : parseReport(turn.message.text, turn.words, turn.now.getUTCFullYear()).badDate;
  if (badDate) return ask(turn, slots, tt(turn, `Ngày «${badDate}» không hợp lệ. Bạn gửi lại ngày của văn bản (ngày/tháng/năm) nhé.`, `"${badDate}" is not a valid date. Please send the document's date as day/month/year.`), undefined, ["evidence"]);
  const mine = reportableTasks(turn.plan, entry, admin).sort((a, b) => compareIds(a.id, b.id));
  if (slots.tasks.length === 0) return askTask(turn, slots, state, mine, entry?.agency);
  const rights = slots.tasks.map((id) => rightOn(turn.plan, entry, turn.plan.task(id)!, admin));
  // Those who may only add a note are not asked for a status; those with no right are told at once.
  if (!slots.status && rights.includes("status")) return askStatus(turn, slots);
  if (!slots.status && rights.includes("note") && !slots.evidence && !hasNote(turn)) {
    return ask(turn, slots, tt(turn, `Bạn muốn ghi chú gì cho nhiệm vụ ${slots.tasks.join(", ")}? (Cơ quan phối hợp chỉ thêm được ghi chú.)`, `What note do you want to add to task ${slots.tasks.join(", ")}? (Cooperating agencies can only add notes.)`), undefined, ["note"]);
  }
  return record(turn, slots, state);
}

/** More than the task reference and report words: something worth keeping as a note. */
function hasNote(turn: Turn): boolean {
  const rest = turn.e.folded.replace(/\b(bao cao|cap nhat|tien do|nhiem vu|nv|task|report|update)\b/g, " ").replace(/[\d.#:,]+/g, " ").trim();
  return rest.split(/\s+/).filter(Boolean).length >= 2;
}

function askTask(turn: Turn, slots: Slots, state: Readonly<State>, mine: Task[], agency?: string): Promise<Reply> {
  const who = agency ? turn.plan.agencyName(agency) : tt(turn, "Bạn", "You");
  const list = mine.slice(0, 8).map((t) => t.id);
  const leads = mine.length && agency ? tt(turn, ` ${who} đang chủ trì nhiệm vụ ${list.join(", ")}${mine.length > 8 ? "…" : ""}.`, ` ${who} leads task(s) ${list.join(", ")}${mine.length > 8 ? "…" : ""}.`) : "";
  const status = slots.status ? "" : tt(turn, " Và tình trạng: hoàn thành, đang thực hiện (bao nhiêu %), gặp vướng mắc (vì sao) hay chưa thực hiện?", " And its status: done, in progress (what %), blocked (why) or not started?");
  const choices = mine.slice(0, 8).map((t) => ({ label: `${t.id}. ${t.short}`, value: `nhiệm vụ ${t.id}` }));
  void state;
  return ask(turn, slots, `${tt(turn, "Nhiệm vụ nào?", "Which task?")}${leads}${status}`, choices, slots.status ? ["task"] : ["task", "status"]);
}

function askStatus(turn: Turn, slots: Slots): Promise<Reply> {
  const ids = slots.tasks.join(", ");
  const choices = [
    { label: tt(turn, "Hoàn thành", "Done"), value: `nhiệm vụ ${ids} hoàn thành` },
    { label: tt(turn, "Đang thực hiện", "In progress"), value: `nhiệm vụ ${ids} đang thực hiện` },
    { label: tt(turn, "Gặp vướng mắc", "Blocked"), value: `nhiệm vụ ${ids} gặp vướng mắc` },
    { label: tt(turn, "Chưa thực hiện", "Not started"), value: `nhiệm vụ ${ids} chưa thực hiện` },
  ];
  return ask(turn, slots, tt(turn, `Nhiệm vụ ${ids} đang ở tình trạng nào: hoàn thành, đang thực hiện (bao nhiêu %), gặp vướng mắc (vì sao) hay chưa thực hiện?`, `What is the status of task ${ids}: done, in progress (what %), blocked (why) or not started?`), choices, ["status"]);
}

async function record(turn: Turn, slots: Slots, state: Readonly<State>): Promise<Reply> {
  const user = turn.message.user;
  const entry = rosterEntry(state, user);
  const admin = isAdmin(state, user, turn.config.admins);
  const lines: string[] = [];
  const toWrite: Omit<ProgressRecord, "seq">[] = [];
  for (const id of slots.tasks) {
    const task = turn.plan.task(id)!;
    const right = rightOn(turn.plan, entry, task, admin);
    if (right === "none") {
      const lead = task.leadAsWritten ?? task.lead.map((a) => turn.plan.agencyName(a)).join("; ");
      const mine = entry?.agency ? turn.plan.agencyName(entry.agency) : user;
      lines.push(tt(turn, `⛔ Nhiệm vụ ${id} do ${lead} chủ trì; ${mine} không cập nhật được nhiệm vụ này.`, `⛔ Task ${id} is led by ${lead}; ${mine} cannot update it.`));
      continue;
    }
    const review = right === "status" && turn.config.reviewRequired && entry?.role === "member" && !admin ? "pending" : undefined;
    toWrite.push({
      kind: right === "status" ? "report" : "note",
      task: id,
      ...(right === "status" ? { status: slots.status, previousStatus: undefined, percent: slots.percent, evidence: slots.evidence, reason: slots.reason } : {}),
      note: right === "note" ? turn.message.text : slots.reason,
      user,
      agency: entry?.agency,
      channel: turn.message.channel,
      at: turn.now.toISOString(),
      text: slots.text,
      ...(review ? { review } : {}),
    });
  }
  if (toWrite.length === 0) {
    await turn.store.update((d) => clearPending(d, turn.key, turn.now));
    return answer(turn, "denied", `${lines.join("\n")}\n${tt(turn, "Chưa có gì được lưu.", "Nothing was stored.")}`, { tasks: slots.tasks });
  }
  const written = await turn.store.update((d) => {
    clearPending(d, turn.key, turn.now);
    return toWrite.map((r) => {
      const previous = r.kind === "report" ? latestStatus(d, r.task!) : undefined;
      const full = { ...r, seq: ++d.seq, ...(previous ? { previousStatus: previous } : {}) } as ProgressRecord;
      d.records.push(full);
      return full;
    });
  });
  const done = written.map((r) => recordLine(turn, turn.plan.task(r.task!)!, r));
  const by = `${tt(turn, "Người báo cáo", "Reported by")}: ${personName(state, user)}${entry?.agency ? ` · ${turn.plan.agencyName(entry.agency)}` : ""} · ${vnDateTime(turn.now.toISOString(), turn.config.timezone)}`;
  return answer(turn, "progress_update", [...done, ...lines, by, UNDO_HINT[turn.lang]].join("\n"), { tasks: written.map((r) => r.task!) });
}

function latestStatus(state: State, task: string): Status | undefined {
  for (let i = state.records.length - 1; i >= 0; i--) {
    const r = state.records[i]!;
    if (r.task === task && r.kind === "report" && r.status) return r.status;
  }
  return undefined;
}
