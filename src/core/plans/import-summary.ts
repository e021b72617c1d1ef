import type { Plan } from "../plan/plan.js";
import type { ImportResult } from "../../ports/plan-importer.js";

const SHOWN_ISSUES = 6;

/** What the importer read, phone-sized: counts, the rows to check, and how to confirm. */
export function importSummary(fileName: string, plan: Plan, result: ImportResult, current: Plan): string {
  const { tasks, subtasks, targets, sections } = result.summary;
  const d = plan.data;
  const lines = [
    `📄 Đã đọc «${fileName}»: ${d.title}${d.decision ? ` (${d.decision})` : ""}.`,
    `• ${tasks} nhiệm vụ${subtasks ? ` (trong đó ${subtasks} nhiệm vụ con)` : ""}, ${targets} chỉ tiêu, ${sections} mục`,
  ];
  if (result.issues.length) {
    lines.push(`• ${result.issues.length} chỗ cần xem lại:`);
    for (const i of result.issues.slice(0, SHOWN_ISSUES)) lines.push(`  – ${i.where} · ${i.field}: ${i.problem}${i.text ? ` («${clip(i.text)}»)` : ""}`);
    if (result.issues.length > SHOWN_ISSUES) lines.push(`  … và ${result.issues.length - SHOWN_ISSUES} chỗ khác`);
  } else lines.push("• Không có chỗ nào phải đoán.");
  lines.push(`Gõ «xác nhận» để dùng kế hoạch này cho mọi câu hỏi từ nay (thay ${current.data.shortTitle}, vẫn hỏi lại được), hoặc «hủy» để bỏ.`);
  return lines.join("\n");
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
