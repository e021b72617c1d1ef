import type { EvidenceFile, Reply } from "../message.js";
import type { ProgressRecord, State } from "../state.js";
import { activePending, clearPending, setPending } from "./pending.js";
import { historyOf, isVoided } from "./records.js";
import { bareTask } from "./report-slots.js";
import { isAdmin, rightOn, rosterEntry } from "./roster.js";
import { answer, rememberName, tt, type Turn } from "./turn.js";

/** A file sent without a task is attached to the sender's report from the last hour in the same chat. */
const RECENT_MINUTES = 60;

const kindName = (f: Pick<EvidenceFile, "kind">, lang: "vi" | "en") => (f.kind === "image" ? (lang === "en" ? "photo" : "ảnh") : lang === "en" ? "PDF" : "tệp PDF");

/** "ảnh quyet-dinh.jpg (sha256 3f2a9c1b…)" */
export function fileLabel(f: EvidenceFile, lang: "vi" | "en" = "vi"): string {
  return `${kindName(f, lang)} ${f.name} (sha256 ${f.sha256.slice(0, 12)}…)`;
}

/** Files attached to a task's records that still count (not undone, not returned), oldest first. */
export function taskFiles(state: Readonly<State>, taskId: string): EvidenceFile[] {
  const seen = new Set<string>();
  // The task's own records from the fold: a status question never rescans the history.
  return historyOf(state, { task: taskId })
    .filter((r) => r.task === taskId && r.files?.length && !isVoided(state, r.seq))
    .flatMap((r) => r.files!)
    .filter((f) => !seen.has(f.sha256) && Boolean(seen.add(f.sha256)));
}

/** "📎 Minh chứng: ảnh a.jpg (sha256 …); tệp PDF b.pdf (…)" or "". */
export function filesLine(state: Readonly<State>, taskId: string, lang: "vi" | "en"): string {
  const files = taskFiles(state, taskId);
  return files.length ? `📎 ${lang === "en" ? "Evidence" : "Minh chứng"}: ${files.map((f) => fileLabel(f, lang)).join("; ")}` : "";
}

/** The task a file without one belongs to: the question the bot is waiting on, else the sender's recent report here. */
function taskOfContext(turn: Turn, state: Readonly<State>): string | undefined {
  const pendingTasks = activePending(state, turn.key, turn.now)?.slots.tasks;
  if (Array.isArray(pendingTasks) && typeof pendingTasks[0] === "string") return pendingTasks[0];
  const since = turn.now.getTime() - RECENT_MINUTES * 60_000;
  for (let i = state.records.length - 1; i >= 0; i--) {
    const r: ProgressRecord = state.records[i]!;
    if (Date.parse(r.at) < since) break;
    if (r.user === turn.message.user && r.channel === turn.message.channel && r.task && (r.kind === "report" || r.kind === "note")) return r.task;
  }
  return undefined;
}

/**
 * Photos or PDFs sent without a report: attached, as a note, to the task the caption names or the
 * conversation is about; asked for when neither says. The report's status never changes here.
 */
export async function attachEvidence(turn: Turn): Promise<Reply> {
  const state = turn.store.read((s) => s);
  const pending = activePending(state, turn.key, turn.now);
  const held = pending?.intent === "evidence" ? ((pending.slots.files as EvidenceFile[] | undefined) ?? []) : [];
  const files = [...held, ...(turn.message.attachments ?? [])];
  const user = turn.message.user;
  const entry = rosterEntry(state, user);
  const admin = isAdmin(state, user, turn.config.admins);
  if (!entry && !admin) {
    return answer(
      turn,
      "denied",
      tt(
        turn,
        `Đã nhận ${files.map((f) => kindName(f, "vi")).join(", ")}, nhưng bạn (${user}) chưa có trong danh sách báo cáo nên chưa lưu làm minh chứng. Nhờ quản trị viên gán bạn cho cơ quan, ví dụ «gán ${user} cho Sở Tư pháp».`,
        `Received, but you (${user}) are not on the reporting roster, so nothing was stored as evidence. Ask an admin to add you.`,
      ),
    );
  }
  const taskId = turn.e.tasks[0] ?? bareTask(turn) ?? (pending?.intent === "evidence" ? undefined : taskOfContext(turn, state));
  const task = taskId ? turn.plan.task(taskId) : undefined;
  if (!task) {
    await turn.store.update((d) => setPending(d, { key: turn.key, intent: "evidence", slots: { files }, missing: ["tasks"], text: turn.message.text }, turn.now));
    return answer(
      turn,
      "clarify",
      tt(
        turn,
        `📎 Đã nhận ${files.map((f) => fileLabel(f)).join("; ")}. Đây là minh chứng cho nhiệm vụ nào? Gõ số nhiệm vụ, ví dụ «nhiệm vụ 11».`,
        `📎 Received ${files.map((f) => fileLabel(f, "en")).join("; ")}. Which task is this evidence for? Type its number, e.g. "task 11".`,
      ),
    );
  }
  if (rightOn(turn.plan, entry, task, admin) === "none") {
    const lead = task.leadAsWritten ?? task.lead.map((a) => turn.plan.agencyName(a)).join("; ");
    return answer(
      turn,
      "denied",
      tt(
        turn,
        `⛔ Nhiệm vụ ${task.id} do ${lead} chủ trì; bạn không thêm minh chứng cho nhiệm vụ này được. Chưa có gì được lưu.`,
        `⛔ Task ${task.id} is led by ${lead}; you cannot add evidence to it. Nothing was stored.`,
      ),
      { tasks: [task.id] },
    );
  }
  await turn.store.update((d) => {
    clearPending(d, turn.key, turn.now);
    rememberName(d, user, turn.message.userName);
    const name = turn.message.userName ? { name: turn.message.userName } : {};
    d.records.push({
      seq: ++d.seq,
      kind: "note",
      task: task.id,
      note: `Minh chứng: ${files.map((f) => f.name).join(", ")}`,
      files,
      user,
      agency: entry?.agency,
      channel: turn.message.channel,
      at: turn.now.toISOString(),
      text: turn.message.text,
      ...name,
    });
  });
  return answer(
    turn,
    "evidence",
    tt(
      turn,
      `📎 Đã lưu ${files.map((f) => fileLabel(f)).join("; ")} làm minh chứng cho nhiệm vụ ${task.id} (${task.short}). Xem lại: «tiến độ nhiệm vụ ${task.id}».`,
      `📎 Stored ${files.map((f) => fileLabel(f, "en")).join("; ")} as evidence for task ${task.id} (${task.short}). See "progress of task ${task.id}".`,
    ),
    { tasks: [task.id] },
  );
}
