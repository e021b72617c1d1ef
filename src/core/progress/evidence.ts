import { containsPhrase, fold } from "../language/normalise.js";
import type { Reply } from "../message.js";
import type { Task } from "../plan/schema.js";
import { dmy } from "../render/dates.js";
import type { Pending, ProgressRecord } from "../state.js";
import { clearPending } from "./pending.js";
import { parseReport } from "./parse-report.js";
import { localYear, type Slots } from "./report-slots.js";
import { firstDue, standingOf } from "./standing.js";
import { answer, tt, type Turn } from "./turn.js";

// Kinds of administrative document (the same in every plan): a product written as one of these is
// proved by its number and date, so a "done" report without them is asked for them once.
const DOCUMENTS = [
  "quyet dinh",
  "ke hoach",
  "bao cao",
  "nghi quyet",
  "de an",
  "chi thi",
  "cong van",
  "van ban",
  "quy dinh",
  "huong dan",
  "thong bao",
  "chuong trinh",
  "danh muc",
  "decision",
  "report",
];

export function producesDocument(task: Task): boolean {
  const product = fold(task.deliverable ?? "");
  return DOCUMENTS.some((d) => containsPhrase(product, d));
}

/** A done report, just stored, whose task's product is a document and which names none. */
export function wantsEvidence(task: Task, r: ProgressRecord): boolean {
  return r.kind === "report" && r.status === "done" && !r.evidence && r.ref === undefined && producesDocument(task);
}

export function evidenceQuestion(turn: Turn, task: Task): string {
  const product = task.deliverable ? ` («${task.deliverable}»)` : "";
  return tt(
    turn,
    `📄 Sản phẩm của nhiệm vụ ${task.id} là văn bản${product}. Bạn gửi số và ngày văn bản, ví dụ «QĐ số 123/QĐ-UBND ngày 10/3/2023», để kèm vào báo cáo này (hoặc «chưa có văn bản»).`,
    `📄 Task ${task.id} produces a document${product}. Send its number and date, e.g. "QĐ số 123/QĐ-UBND ngày 10/3/2023", to attach it to this report (or "no document yet").`,
  );
}

/** The pending question "which document?" after a stored done report, keyed to that report. */
export function evidencePending(turn: Turn, r: ProgressRecord): Omit<Pending, "expiresAt"> {
  return { key: turn.key, intent: "progress_update", slots: { tasks: [r.task!], status: r.status, percent: r.percent, ref: r.seq }, missing: ["evidence"], text: r.text };
}

export type HeldAnswer = { attach: Slots } | { reply: Promise<Reply> } | undefined;

/**
 * The answer to "which document?": a number or date attaches to the stored report; a message with
 * neither and no report of its own ("chưa có văn bản") ends the question; a new report is just that.
 */
export function answerToEvidence(turn: Turn, pending: Pending | undefined): HeldAnswer {
  if (!pending?.missing.includes("evidence") || typeof pending.slots.ref !== "number") return undefined;
  const held = pending.slots as unknown as Slots;
  const parsed = parseReport(turn.message.text, turn.words, localYear(turn));
  const other = turn.e.tasks.some((id) => !held.tasks.includes(id));
  if (parsed.evidence && !other) return { attach: { ...held, evidence: parsed.evidence, text: `${pending.text} | ${turn.message.text}` } };
  if (other || (turn.e.tasks.length && parsed.status)) return undefined;
  const ids = held.tasks.join(", ");
  const reply = turn.store
    .update((d) => clearPending(d, turn.key, turn.now))
    .then(() =>
      answer(
        turn,
        "progress_update",
        tt(
          turn,
          `Đã rõ: báo cáo nhiệm vụ ${ids} đã lưu, chưa kèm văn bản. Khi có, gửi «nhiệm vụ ${ids} đã hoàn thành, QĐ số …».`,
          `Noted: the report on task ${ids} is stored without a document. When you have it, send "task ${ids} done, QĐ số …".`,
        ),
        { tasks: held.tasks },
      ),
    );
  return { reply };
}

/** "Hạn 31/03/2023: hoàn thành đúng hạn (theo ngày văn bản 10/03/2023)." for a confirmed done report. */
export function deadlineLine(turn: Turn, task: Task, r: ProgressRecord): string {
  const due = firstDue(task);
  if (!due || r.status !== "done" || r.review === "pending") return "";
  const late = standingOf(task, { status: "done", record: r, pending: false }, turn.now, turn.plan.data.year) === "done_late";
  const by = r.evidence?.date ? tt(turn, ` (theo ngày văn bản ${dmy(r.evidence.date)})`, ` (by the document's date ${dmy(r.evidence.date)})`) : "";
  return tt(turn, `Hạn ${dmy(due)}: hoàn thành ${late ? "trễ hạn" : "đúng hạn"}${by}.`, `Due ${dmy(due)}: done ${late ? "late" : "on time"}${by}.`);
}
