import type { Reply } from "../message.js";
import { compareIds } from "../plan/plan.js";
import type { ProgressRecord, RosterEntry, State } from "../state.js";
import { activePending, clearPending, setPending } from "./pending.js";
import { answerToEvidence, deadlineLine, evidencePending, evidenceQuestion, wantsEvidence } from "./evidence.js";
import { taskStatuses } from "./records.js";
import { fileLabel } from "./evidence-files.js";
import { ask, askNote, askStatus, askTask } from "./report-questions.js";
import { gather, hasNote, inputProblem, type Slots } from "./report-slots.js";
import { recordLine, UNDO_HINT } from "./report-text.js";
import { isAdmin, reportableTasks, rightOn, rosterEntry } from "./roster.js";
import { reportTarget } from "./target-report.js";
import { answer, personName, rememberName, tt, vnDateTime, type Turn } from "./turn.js";

export type { Slots };

/** Records a progress report from chat text, or from a form's fields (`form`), with the same checks. */
export async function report(turn: Turn, form?: Partial<Slots>): Promise<Reply> {
  const state = turn.store.read((s) => s);
  const pending = form ? undefined : activePending(state, turn.key, turn.now);
  const held = answerToEvidence(turn, pending);
  if (held && "reply" in held) return held.reply;
  const slots = form ? { tasks: [], text: turn.message.text, ...form } : (held?.attach ?? gather(turn, pending));
  const user = turn.message.user;
  const entry = rosterEntry(state, user);
  const admin = isAdmin(state, user, turn.config.admins);
  if (!entry && !admin) {
    await turn.store.update((d) => clearPending(d, turn.key, turn.now));
    return answer(
      turn,
      "denied",
      tt(
        turn,
        `Bạn (${user}) chưa có trong danh sách báo cáo nên chưa thể cập nhật tiến độ; chưa có gì được lưu. Nhờ quản trị viên gán bạn cho cơ quan, ví dụ «gán ${user} cho Sở Tư pháp» (hoặc lệnh roster add).`,
        `You (${user}) are not on the reporting roster, so nothing was stored. Ask an admin to add you, e.g. "gán ${user} cho Sở Tư pháp" (or the roster add command).`,
      ),
    );
  }
  if (!form && turn.e.targets.length && !turn.e.tasks.length) return reportTarget(turn, entry, admin);
  const problem = form ? undefined : inputProblem(turn);
  if (problem) return ask(turn, slots, problem[turn.lang], undefined, ["evidence"]);
  if (slots.tasks.length === 0) {
    const mine = reportableTasks(turn.plan, entry, admin).sort((a, b) => compareIds(a.id, b.id));
    return askTask(turn, slots, mine, entry?.agency);
  }
  const rights = slots.tasks.map((id) => rightOn(turn.plan, entry, turn.plan.task(id)!, admin));
  // Those who may only add a note are not asked for a status; those with no right are told at once.
  if (!slots.status && rights.includes("status")) return askStatus(turn, slots);
  if (!slots.status && rights.includes("note") && !slots.evidence && !hasNote(turn) && !slots.note) return askNote(turn, slots);
  return record(turn, slots, state, entry, admin, !form);
}

function refusal(turn: Turn, id: string, entry: RosterEntry | undefined): string {
  const task = turn.plan.task(id)!;
  const lead = task.leadAsWritten ?? task.lead.map((a) => turn.plan.agencyName(a)).join("; ");
  const mine = entry?.agency ? turn.plan.agencyName(entry.agency) : turn.message.user;
  return tt(turn, `⛔ Nhiệm vụ ${id} do ${lead} chủ trì; ${mine} không cập nhật được nhiệm vụ này.`, `⛔ Task ${id} is led by ${lead}; ${mine} cannot update it.`);
}

async function record(turn: Turn, slots: Slots, state: Readonly<State>, entry: RosterEntry | undefined, admin: boolean, chat: boolean): Promise<Reply> {
  const user = turn.message.user;
  const refused: string[] = [];
  const toWrite: Omit<ProgressRecord, "seq">[] = [];
  for (const id of slots.tasks) {
    const right = rightOn(turn.plan, entry, turn.plan.task(id)!, admin);
    if (right === "none") {
      refused.push(refusal(turn, id, entry));
      continue;
    }
    const review = right === "status" && turn.config.reviewRequired && entry?.role === "member" && !admin ? ("pending" as const) : undefined;
    const note = right === "note" ? (slots.note ?? turn.message.text) : (slots.note ?? (slots.perTask?.[id] ?? slots).reason);
    const own = slots.perTask?.[id] ?? slots;
    const status = right === "status" ? { status: own.status, percent: own.percent, evidence: own.evidence, reason: own.reason } : {};
    const extra = { ...(review ? { review } : {}), ...(slots.ref !== undefined ? { ref: slots.ref } : {}), ...(turn.message.userName ? { name: turn.message.userName } : {}) };
    const files = slots.files?.length ? { files: slots.files } : {};
    toWrite.push({
      kind: right === "status" ? "report" : "note",
      task: id,
      ...status,
      ...files,
      note,
      user,
      agency: entry?.agency,
      channel: turn.message.channel,
      at: turn.now.toISOString(),
      text: slots.text,
      ...extra,
    });
  }
  if (toWrite.length === 0) {
    await turn.store.update((d) => clearPending(d, turn.key, turn.now));
    return answer(turn, "denied", `${refused.join("\n")}\n${tt(turn, "Chưa có gì được lưu.", "Nothing was stored.")}`, { tasks: slots.tasks });
  }
  // Asked once, in chat, when one done report names no document though the task's product is one.
  const asks = (r: ProgressRecord) => chat && toWrite.length === 1 && !r.files?.length && wantsEvidence(turn.plan.task(r.task!)!, r);
  const written = await turn.store.update((d) => {
    clearPending(d, turn.key, turn.now);
    rememberName(d, user, turn.message.userName);
    // The status before this report as everyone sees it (after undos and returned reviews), taken from the
    // committed state the draft copies, whose statuses are already folded: never a rescan of the history.
    const before = taskStatuses(turn.store.read((s) => s));
    const now = new Map<string, ProgressRecord["status"]>();
    const out = toWrite.map((r) => {
      const previous = r.kind === "report" ? (now.get(r.task!) ?? before.get(r.task!)?.status) : undefined;
      const full = { ...r, seq: ++d.seq, ...(previous ? { previousStatus: previous } : {}) } as ProgressRecord;
      if (r.kind === "report" && r.status) now.set(r.task!, r.status);
      d.records.push(full);
      return full;
    });
    for (const r of out.filter(asks)) setPending(d, evidencePending(turn, r), turn.now);
    return out;
  });
  const asking = written.find(asks);
  // Whether it was on time waits for the document's date when the bot is asking for it.
  const done = written.flatMap((r) => [recordLine(turn, turn.plan.task(r.task!)!, r), asking ? "" : deadlineLine(turn, turn.plan.task(r.task!)!, r)].filter(Boolean));
  if (asking) done.push(evidenceQuestion(turn, turn.plan.task(asking.task!)!, asking.evidence));
  if (slots.files?.length && written.length)
    done.push(tt(turn, `📎 Kèm minh chứng: ${slots.files.map((f) => fileLabel(f)).join("; ")}.`, `📎 Evidence attached: ${slots.files.map((f) => fileLabel(f, "en")).join("; ")}.`));
  const by = `${tt(turn, "Người báo cáo", "Reported by")}: ${personName(state, user, turn.message.userName)}${entry?.agency ? ` · ${turn.plan.agencyName(entry.agency)}` : ""} · ${vnDateTime(turn.now.toISOString(), turn.config.timezone)}`;
  return answer(turn, "progress_update", [...done, ...refused, by, UNDO_HINT[turn.lang]].join("\n"), { tasks: written.map((r) => r.task!) });
}
