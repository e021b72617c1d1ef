import type { CountRow, ReportModel, TargetRow, TaskRow } from "../../core/reports/model.js";
import { STANDING_LABELS } from "../../core/reports/model.js";
import { STANDINGS } from "../../core/progress/standing.js";

export interface Column<T> {
  header: string;
  /** Width in characters (XLSX). */
  width: number;
  value: (row: T) => string | number;
}

/** One table of the report, the same in XLSX, CSV and Markdown. */
export interface Table<T = unknown> {
  name: string;
  columns: Column<T>[];
  rows: T[];
}

const TASKS: Column<TaskRow>[] = [
  { header: "Số TT", width: 7, value: (r) => r.id },
  { header: "Nhiệm vụ", width: 50, value: (r) => r.title },
  { header: "Cơ quan chủ trì", width: 28, value: (r) => r.lead },
  { header: "Thời hạn", width: 30, value: (r) => r.deadline },
  { header: "Tình trạng", width: 20, value: (r) => STANDING_LABELS[r.standing] },
  { header: "Báo cáo gần nhất", width: 22, value: (r) => r.status },
  { header: "Văn bản, minh chứng", width: 28, value: (r) => r.evidence },
  { header: "Ngày báo cáo", width: 13, value: (r) => r.date },
  { header: "Người báo cáo", width: 28, value: (r) => r.reporter },
];

const counts = (first: string): Column<CountRow>[] => [
  { header: first, width: 40, value: (r) => r.name },
  { header: "Số nhiệm vụ", width: 12, value: (r) => r.total },
  ...STANDINGS.map((s) => ({ header: STANDING_LABELS[s], width: 14, value: (r: CountRow) => r.counts[s] })),
];

const TARGETS: Column<TargetRow>[] = [
  { header: "Số TT", width: 7, value: (r) => r.id },
  { header: "Chỉ tiêu", width: 50, value: (r) => (r.part ? `${r.title} — ${r.part}` : r.title) },
  { header: "Chỉ tiêu năm", width: 24, value: (r) => r.goal },
  { header: "Số liệu mới nhất", width: 16, value: (r) => r.value },
  { header: "Ngày báo cáo", width: 13, value: (r) => r.date },
  { header: "Người báo cáo", width: 28, value: (r) => r.reporter },
  { header: "Đánh giá", width: 16, value: (r) => r.verdictLabel },
];

/** The report's tables; the agency table ends with a total row that counts each task once. */
export function reportTables(model: ReportModel): Table[] {
  const total: CountRow = { id: "total", name: "Tổng cộng (mỗi nhiệm vụ tính một lần)", counts: model.totals, total: model.tasks.length };
  return [
    { name: "Nhiệm vụ", columns: TASKS, rows: model.tasks },
    { name: "Cơ quan", columns: counts("Cơ quan chủ trì"), rows: [...model.agencies, total] },
    { name: "Chỉ tiêu", columns: TARGETS, rows: model.targets },
    { name: "Theo kỳ", columns: counts("Kỳ hạn"), rows: model.buckets },
  ] as Table[];
}

export const reportHeading = (model: ReportModel) => `Báo cáo ${model.title} — ${model.planTitle}`;
