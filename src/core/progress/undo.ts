import type { Reply } from "../message.js";
import { statusName } from "./statuses.js";
import { lastUndoable } from "./records.js";
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
  await turn.store.update((d) => {
    clearPending(d, turn.key, turn.now);
    d.records.push({
      seq: ++d.seq,
      kind: "undo",
      task: target.task,
      target: target.target,
      ref: target.seq,
      user,
      agency: target.agency,
      channel: turn.message.channel,
      at: turn.now.toISOString(),
      text: turn.message.text,
    });
  });
  const what = target.kind === "note" ? tt(turn, "ghi chú", "note") : target.status ? statusName(target.status, turn.lang, target.percent) : "";
  const back = target.previousStatus ? statusName(target.previousStatus, turn.lang) : tt(turn, "chưa có báo cáo", "no report");
  const subject = target.task ? tt(turn, `nhiệm vụ ${target.task}`, `task ${target.task}`) : tt(turn, `chỉ tiêu ${target.target}`, `target ${target.target}`);
  return answer(
    turn,
    "undo",
    tt(
      turn,
      `↩️ Đã hoàn tác báo cáo «${what}» của ${subject}. Trạng thái trở lại: ${back}. (Lịch sử vẫn lưu cả hai thay đổi.)`,
      `↩️ Undid the "${what}" report on ${subject}. Status is back to: ${back}. (History keeps both changes.)`,
    ),
    { tasks: target.task ? [target.task] : [], targets: target.target ? [target.target] : [] },
  );
}
