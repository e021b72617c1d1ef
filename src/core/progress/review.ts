import { containsPhrase } from "../language/normalise.js";
import type { Reply } from "../message.js";
import { pendingReport } from "./records.js";
import { isAdmin, rosterEntry } from "./roster.js";
import { answer, tt, type Turn } from "./turn.js";

/** An office user confirms a pending report or returns it with a reason; the reporter is told either way. */
export async function review(turn: Turn): Promise<Reply> {
  const user = turn.message.user;
  const state = turn.store.read((s) => s);
  const office = rosterEntry(state, user)?.role === "office" || isAdmin(state, user, turn.config.admins);
  if (!office)
    return answer(
      turn,
      "denied",
      tt(
        turn,
        "Chỉ cán bộ văn phòng (vai trò office) hoặc quản trị viên mới xác nhận hay trả lại báo cáo. Chưa có gì được lưu.",
        "Only office users or admins can confirm or return reports. Nothing was stored.",
      ),
    );
  const returning = turn.e.cues.has("return") && !containsPhrase(turn.e.folded, "xac nhan");
  const reason = returning ? /[:：-]\s*(.+)$/u.exec(turn.message.text)?.[1]?.trim() : undefined;
  if (returning && !reason)
    return answer(
      turn,
      "clarify",
      tt(turn, "Trả lại vì lý do gì? Gửi lại theo mẫu «trả lại nv 11: thiếu số quyết định».", 'Why is it returned? Send e.g. "return task 11: missing the decision number".'),
      { tasks: turn.e.tasks },
    );
  const decided: { task: string; reporter: string; seq: number }[] = [];
  const missing: string[] = [];
  for (const task of turn.e.tasks) {
    const pending = pendingReport(state, task);
    if (pending) decided.push({ task, reporter: pending.user, seq: pending.seq });
    else missing.push(task);
  }
  if (decided.length === 0)
    return answer(turn, "review", tt(turn, `Nhiệm vụ ${missing.join(", ")} không có báo cáo nào đang chờ xác nhận.`, `Task ${missing.join(", ")} has no report awaiting confirmation.`), {
      tasks: missing,
    });
  await turn.store.update((d) => {
    for (const x of decided) {
      d.records.push({
        seq: ++d.seq,
        kind: "review",
        task: x.task,
        ref: x.seq,
        review: returning ? "returned" : "confirmed",
        reason,
        user,
        channel: turn.message.channel,
        at: turn.now.toISOString(),
        text: turn.message.text,
      });
    }
  });
  const ids = decided.map((x) => x.task).join(", ");
  const verdict = returning ? tt(turn, `trả lại (${reason})`, `returned (${reason})`) : tt(turn, "xác nhận", "confirmed");
  const notices = decided.map((x) => ({
    address: x.reporter,
    text: returning ? `↩️ Báo cáo nhiệm vụ ${x.task} của bạn đã bị trả lại: ${reason}. Vui lòng báo cáo lại.` : `✅ Báo cáo nhiệm vụ ${x.task} của bạn đã được xác nhận.`,
  }));
  const rest = missing.length ? tt(turn, `\nNhiệm vụ ${missing.join(", ")} không có báo cáo chờ xác nhận.`, `\nTask ${missing.join(", ")} has nothing awaiting confirmation.`) : "";
  return answer(turn, "review", tt(turn, `Đã ${verdict} báo cáo nhiệm vụ ${ids}; người báo cáo sẽ được báo.${rest}`, `Report on task ${ids} ${verdict}; the reporter will be told.${rest}`), {
    tasks: decided.map((x) => x.task),
    notices,
  });
}
