import type { ImportIssue, ImportResult } from "./result.js";

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

/** Kinds of issue in the order they are shown; a guess, an ambiguity or an unknown agency is always listed. */
const ORDER = ["unknown-agency", "guessed", "ambiguous", "undated", "missing", "skipped"] as const;
const ALWAYS = new Set<string>(["unknown-agency", "guessed", "ambiguous"]);

const line = (i: ImportIssue) => `  • ${i.where} — ${FIELD[i.field] ?? i.field}: ${i.problem}${i.text ? ` («${i.text.length > 80 ? `${i.text.slice(0, 79)}…` : i.text}»)` : ""}`;

/**
 * What the importer read, in Vietnamese, for the person to check before the plan is used: every unknown
 * agency, guessed or ambiguous field with its source text, then the other issues up to `maxIssues`.
 * `footer` replaces the CLI's last line (a chat says how to confirm instead: «Gõ "xác nhận" để dùng kế hoạch này.»).
 */
export function confirmationText(result: ImportResult, fileName: string, opts: { maxIssues?: number; written?: string; footer?: string } = {}): string {
  if (!result.plan) return `Không nhập được ${fileName}: ${result.error ?? "tài liệu không đọc được."}`;
  const p = result.plan;
  const s = result.summary;
  const ongoing = p.tasks.filter((t) => t.milestones.every((m) => m.ongoing)).length;
  const lines = [
    `Đã đọc ${fileName}: ${p.title}${p.decision && p.decision !== p.title ? ` (${p.decision})` : ""}.`,
    `- ${s.tasks} nhiệm vụ, ${s.subTasks} nhiệm vụ con trong ${s.taskGroups} nhóm; ${s.targets} chỉ tiêu; ${s.sections} mục, ${s.passages} đoạn nội dung; ${s.agencies} cơ quan${s.unknownAgencies ? ` (${s.unknownAgencies} cơ quan mới, chưa có trong danh mục)` : ""}.`,
  ];
  if (ongoing) lines.push(`- ${ongoing} nhiệm vụ thực hiện thường xuyên hoặc theo tiến độ, không có hạn cụ thể (không tính quá hạn).`);
  const rank = (i: ImportIssue) => ORDER.indexOf((i.code ?? "missing") as (typeof ORDER)[number]);
  const issues = [...result.issues].sort((a, b) => rank(a) - rank(b));
  const always = issues.filter((i) => ALWAYS.has(i.code ?? ""));
  const rest = issues.filter((i) => !ALWAYS.has(i.code ?? ""));
  const max = Math.max(0, (opts.maxIssues ?? 20) - always.length);
  if (issues.length === 0) lines.push("- Không có dòng nào thiếu hay phải đoán.");
  else {
    lines.push(`- ${issues.length} chỗ cần xem lại:`);
    for (const i of [...always, ...rest.slice(0, max)]) lines.push(line(i));
    if (rest.length > max) lines.push(`  … và ${rest.length - max} chỗ khác (xem đủ với --json).`);
  }
  lines.push(opts.footer ?? (opts.written ? `Đã ghi kế hoạch vào ${opts.written}.` : "Chưa ghi gì: thêm --out PLAN.json để lưu kế hoạch này."));
  return lines.join("\n");
}
