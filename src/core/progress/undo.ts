import type { Reply } from "../message.js";
import type { ProgressRecord } from "../state.js";
import { statusName } from "./statuses.js";
import { isVoided, lastUndoable, taskStatuses } from "./records.js";
import { evidenceText } from "./report-text.js";
import { clearPending } from "./pending.js";
import { answer, tt, type Turn } from "./turn.js";

export const UNDO_MINUTES = 30;

/** Reverts the sender's own last report or note within 30 minutes; the undo is itself a record. */
export async function undo(turn: Turn): Promise<Reply> {
  const user = turn.message.user;
  const target = turn.store.read((s) => lastUndoable(s, user));
  const age = target ? turn.now.getTime() - new Date(target.at).getTime() : Infinity;
  if (!target || age > UNDO_MINUTES * 60_000 || age < -60_000) {
    await turn.store.update((d) => clearPending(d, turn.key, turn.now));
    return answer(turn, "undo", tt(turn, `Không có báo cáo nào của bạn trong ${UNDO_MINUTES} phút qua để hoàn tác.`, `You have no report from the last ${UNDO_MINUTES} minutes to undo.`));
  }
  // A document sent after "which document?" completes the report it names: undoing it takes back that
  // report too (the person's own, still counting), so the task is back where it was before the report.
  const origin = turn.store.read((s) => attachedTo(s.records, target, user, isVoided.bind(null, s)));
  const undone = origin ? [target, origin] : [target];
  await turn.store.update((d) => {
    clearPending(d, turn.key, turn.now);
    for (const r of undone)
      d.records.push({
        seq: ++d.seq,
        kind: "undo",
        task: r.task,
        target: r.target,
        ref: r.seq,
        user,
        agency: r.agency,
        channel: turn.message.channel,
        at: turn.now.toISOString(),
        text: turn.message.text,
      });
  });
  const first = origin ?? target;
  const status = target.status ? statusName(target.status, turn.lang, target.percent) : "";
  const doc = origin && target.evidence ? evidenceText(target.evidence, turn.lang) : "";
  const what = target.kind === "note" ? tt(turn, "ghi chú", "note") : doc ? `${status} (${doc})` : status;
  const subject = target.task ? tt(turn, `nhiệm vụ ${target.task}`, `task ${target.task}`) : tt(turn, `chỉ tiêu ${target.target}`, `target ${target.target}`);
  // The task's status as everyone now sees it (after earlier undos and returned reviews), read back from the store.
  const standing = target.task ? taskStatuses(turn.store.read((st) => st)).get(target.task) : undefined;
  const back = target.task
    ? standing
      ? statusName(standing.status, turn.lang, standing.percent)
      : tt(turn, "chưa có báo cáo", "no report")
    : first.previousStatus
      ? statusName(first.previousStatus, turn.lang)
      : tt(turn, "chưa có báo cáo", "no report");
  const text =
    target.kind === "note"
      ? tt(turn, `↩️ Đã hoàn tác ghi chú của ${subject}; trạng thái không đổi: ${back}.`, `↩️ Undid the note on ${subject}; its status is unchanged: ${back}.`)
      : tt(
          turn,
          `↩️ Đã hoàn tác báo cáo «${what}» của ${subject}. Trạng thái trở lại: ${back}. (Lịch sử vẫn lưu cả hai thay đổi.)`,
          `↩️ Undid the "${what}" report on ${subject}. Status is back to: ${back}. (History keeps both changes.)`,
        );
  return answer(turn, "undo", text, { tasks: target.task ? [target.task] : [], targets: target.target ? [target.target] : [] });
}

/** The report a document follow-up was attached to, when it is the same person's and still counts. */
function attachedTo(records: readonly ProgressRecord[], r: ProgressRecord, user: string, voided: (seq: number) => boolean): ProgressRecord | undefined {
  if (r.kind !== "report" || r.ref === undefined) return undefined;
  const origin = records.find((x) => x.seq === r.ref);
  return origin && origin.kind === "report" && origin.user === user && origin.task === r.task && !voided(origin.seq) ? origin : undefined;
}
