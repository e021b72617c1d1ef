import type { Task } from "../plan/schema.js";
import { dmy } from "../render/dates.js";
import type { ProgressRecord } from "../state.js";
import { statusName } from "./statuses.js";
import { tt, type Turn } from "./turn.js";

export function evidenceText(e: ProgressRecord["evidence"], lang: "vi" | "en"): string {
  if (!e) return "";
  const date = e.date ? `${lang === "en" ? " dated" : " ngày"} ${dmy(e.date)}` : "";
  return `${e.number ?? ""}${date}`.trim();
}

/** One line per recorded change, for the confirmation. */
export function recordLine(turn: Turn, task: Task, r: ProgressRecord): string {
  const ev = evidenceText(r.evidence, turn.lang);
  if (r.kind === "note") {
    const lead = task.leadAsWritten ?? task.lead.map((a) => turn.plan.agencyName(a)).join("; ");
    return tt(
      turn,
      `📝 Đã ghi chú cho nhiệm vụ ${task.id} (${task.short}); cơ quan phối hợp không đổi được trạng thái — trạng thái do ${lead} (chủ trì) cập nhật.`,
      `📝 Note added to task ${task.id} (${task.short}); cooperating agencies cannot change its status — ${lead} (lead) does.`,
    );
  }
  const status = statusName(r.status!, turn.lang, r.percent);
  const extra = [r.reason ? tt(turn, `vướng: ${r.reason}`, `blocked by: ${r.reason}`) : "", ev].filter(Boolean).join("; ");
  const pending = r.review === "pending" ? tt(turn, " — chờ xác nhận", " — awaiting confirmation") : "";
  return tt(
    turn,
    `✅ Đã ghi nhận nhiệm vụ ${task.id} (${task.short}): ${status}${extra ? ` (${extra})` : ""}${pending}.`,
    `✅ Recorded task ${task.id} (${task.short}): ${status}${extra ? ` (${extra})` : ""}${pending}.`,
  );
}

export const UNDO_HINT = { vi: "Nếu nhầm, gõ «hoàn tác» trong 30 phút.", en: 'If this is wrong, type "undo" within 30 minutes.' };
