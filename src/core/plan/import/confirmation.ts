import type { ImportResult } from "./result.js";

const FIELD: Record<string, string> = {
  id: "số thứ tự",
  title: "nội dung",
  deliverable: "sản phẩm",
  lead: "cơ quan chủ trì",
  cooperating: "cơ quan phối hợp",
  time: "thời gian",
  value: "giá trị chỉ tiêu",
  monitoring: "đơn vị theo dõi",
  implementing: "đơn vị thực hiện",
  year: "năm",
  province: "tỉnh",
};

/** What the importer read, in Vietnamese, for the person to check before the plan is used. */
/** `footer` replaces the CLI's last line (a chat says how to confirm instead: «Gõ "xác nhận" để dùng kế hoạch này.»). */
export function confirmationText(result: ImportResult, fileName: string, opts: { maxIssues?: number; written?: string; footer?: string } = {}): string {
  if (!result.plan) return `Không nhập được ${fileName}: ${result.error ?? "tài liệu không đọc được."}`;
  const p = result.plan;
  const s = result.summary;
  const lines = [
    `Đã đọc ${fileName}: ${p.title}${p.decision && p.decision !== p.title ? ` (${p.decision})` : ""}.`,
    `- ${s.tasks} nhiệm vụ, ${s.subTasks} nhiệm vụ con trong ${s.taskGroups} nhóm; ${s.targets} chỉ tiêu; ${s.sections} mục, ${s.passages} đoạn nội dung; ${s.agencies} cơ quan${s.unknownAgencies ? ` (${s.unknownAgencies} cơ quan mới, chưa có trong danh mục)` : ""}.`,
  ];
  const max = opts.maxIssues ?? 20;
  if (result.issues.length === 0) lines.push("- Không có dòng nào thiếu hay phải đoán.");
  else {
    lines.push(`- ${result.issues.length} chỗ cần xem lại:`);
    for (const i of result.issues.slice(0, max)) lines.push(`  • ${i.where} — ${FIELD[i.field] ?? i.field}: ${i.problem}${i.text ? ` («${i.text.length > 80 ? `${i.text.slice(0, 79)}…` : i.text}»)` : ""}`);
    if (result.issues.length > max) lines.push(`  … và ${result.issues.length - max} chỗ khác (xem đủ với --json).`);
  }
  lines.push(opts.footer ?? (opts.written ? `Đã ghi kế hoạch vào ${opts.written}.` : "Chưa ghi gì: thêm --out PLAN.json để lưu kế hoạch này."));
  return lines.join("\n");
}
