import type { Milestone, Task } from "../schema.js";
import type { AgencyBook } from "./agency-book.js";
import { looksLikeAgency } from "./agency-names.js";
import type { Columns, TaskRole } from "./columns.js";
import { clean, oneLine, type GridCell } from "./document.js";
import { readDeadlines } from "./deadlines.js";
import type { ImportIssue } from "./result.js";

export interface RowContext {
  taskId: string;
  parent: Task | undefined;
  /** The task row above, for a PDF's blank cells under a merged one. */
  above: Task | undefined;
  group: string;
  where: string;
  at: string;
  part: string;
  year: number;
  book: AgencyBook;
  issues: ImportIssue[];
  columns: Columns<TaskRole>;
  cell: (row: GridCell[], role: TaskRole) => GridCell | undefined;
  text: (row: GridCell[], role: TaskRole) => string;
}

/**
 * A cell merged across columns belongs to one of them: the column it starts in, except that a cell over
 * an agency column and another ("Cơ quan phối hợp" and "Sản phẩm" as one) goes to the agency column when
 * it names agencies and to the other when it does not, and is reported.
 */
function cellText(row: GridCell[], x: RowContext, role: TaskRole): string {
  const at = x.columns[role];
  if (at === undefined) return "";
  let start = at;
  while (start > 0 && row[start]!.from === "left") start--;
  let end = start;
  while (row[end + 1]?.from === "left") end++;
  const roles = (Object.keys(x.columns) as TaskRole[]).filter((r) => x.columns[r]! >= start && x.columns[r]! <= end).sort((p, q) => x.columns[p]! - x.columns[q]!);
  const text = clean(row[start]!.text);
  if (roles.length <= 1) return text;
  const agencyRoles = roles.filter((r) => r === "lead" || r === "cooperating");
  const others = roles.filter((r) => r !== "lead" && r !== "cooperating");
  if (!agencyRoles.length || !others.length || roles.includes("id") || roles.includes("title")) return role === roles[0] ? text : "";
  const { ids, unknown } = x.book.matcher.resolve(text);
  const owner = ids.length || unknown.some(looksLikeAgency) ? agencyRoles[0] : others[0];
  if (role !== owner || !text) return "";
  x.issues.push({ where: x.where, field: role, text: oneLine(text), code: "ambiguous", problem: `một ô gộp nhiều cột (${roles.length} cột), đọc là ô này` });
  return text;
}

export function buildTask(row: GridCell[], x: RowContext): { task: Task; noTime: boolean } {
  const { where, issues, book } = x;
  const title = oneLine(x.text(row, "title"));
  const deliverable = cellText(row, x, "deliverable").replace(/\n(?!-)/g, " ");
  const leadText = oneLine(cellText(row, x, "lead"));
  const coopText = oneLine(cellText(row, x, "cooperating"));
  let lead = leadText ? book.read(leadText, where, "lead") : [];
  if (lead.length === 0 && x.parent) lead = x.parent.lead;
  else if (lead.length === 0 && !leadText && x.above) {
    lead = x.above.lead;
    issues.push({
      where,
      field: "lead",
      text: x.above.leadAsWritten ?? lead.map((id) => book.name(id)).join("; "),
      code: "guessed",
      problem: `ô trống, lấy theo dòng ${x.above.id} phía trên (ô gộp)`,
    });
  }
  if (lead.length === 0) {
    issues.push({ where, field: "lead", text: leadText, code: "missing", problem: leadText ? "không nhận ra cơ quan chủ trì" : "thiếu cơ quan chủ trì" });
    lead = [book.placeholder()];
  }
  let cooperating = coopText ? book.read(coopText, where, "cooperating") : [];
  if (!coopText && x.parent) cooperating = x.parent.cooperating;
  else if (!coopText && x.cell(row, "cooperating") && x.cell(row, "cooperating")!.from !== "left")
    issues.push({ where, field: "cooperating", text: "", code: "missing", problem: "ô trống (nếu là ô gộp với dòng trên, cần ghi lại cơ quan phối hợp)" });
  const timeCell = x.cell(row, "time");
  const timeText = cellText(row, x, "time");
  let milestones: Milestone[];
  let time: string | null = timeText
    ? timeText
        .split("\n")
        .map((l) => l.replace(/^[-+•]\s*/, ""))
        .join("; ")
    : null;
  let noTime = false;
  if ((timeCell?.from === "above" || !timeText) && x.parent) {
    // The parent's merged time cell (or an empty one under it) covers this sub-row.
    milestones = x.parent.milestones.map((m) => ({ ...m, inherited: true }));
    time = null;
  } else if (!timeText) {
    // Decided once the rows under it are read: their deadlines, or (in a PDF) the row above's.
    milestones = [{ label: null, period: null, asWritten: "Không ghi", due: null }];
    noTime = true;
  } else {
    const read = readDeadlines(timeText, x.year);
    milestones = read.milestones;
    for (const u of read.unresolved) issues.push({ where, field: "time", text: u, code: "undated", problem: "không xác định được hạn hoàn thành" });
    if (timeCell?.from === "above") milestones = milestones.map((m) => ({ ...m, inherited: true }));
  }
  if (!title) issues.push({ where, field: "title", text: deliverable, code: "missing", problem: "thiếu nội dung nhiệm vụ" });
  const names = lead.map((id) => book.name(id)).join("; ");
  const task: Task = {
    id: x.taskId,
    ...(x.parent ? { parent: x.parent.id } : {}),
    group: x.group,
    title: title || deliverable || `Nhiệm vụ ${x.taskId}`,
    short: shorten(title || deliverable || `Nhiệm vụ ${x.taskId}`),
    deliverable: deliverable || "—",
    lead,
    ...(leadText && bare(leadText) !== bare(names) ? { leadAsWritten: leadText } : {}),
    cooperating,
    ...(coopText ? { cooperatingAsWritten: coopText } : {}),
    time,
    milestones,
    source: { part: x.part, row: x.taskId, at: x.at },
  };
  if (noTime && x.above && !x.parent) (task as Task & { above?: Task }).above = x.above;
  return { task, noTime };
}

/**
 * A row without a time cell of its own: the deadlines of its sub-rows (each named by its row), else in a
 * PDF the row above's (a merged cell), else reported as missing.
 */
export function fillParents(tasks: Task[], undated: Set<string>, issues: ImportIssue[], where: (t: Task) => string): void {
  for (const t of tasks) {
    const above = (t as Task & { above?: Task }).above;
    delete (t as Task & { above?: Task }).above;
    if (!undated.has(t.id)) continue;
    const children = tasks.filter((c) => c.parent === t.id && !c.milestones.every((m) => m.inherited));
    if (children.length) {
      t.milestones = children.flatMap((c) => c.milestones.map((m) => ({ ...m, label: `${c.id}${m.label ? ` – ${m.label}` : ""}`, inherited: undefined }))).map(({ inherited: _, ...m }) => m);
      issues.push({
        where: where(t),
        field: "time",
        text: children.map((c) => `${c.id}: ${c.time ?? ""}`).join("; "),
        code: "guessed",
        problem: `ô trống, lấy theo thời gian các dòng con ${children.map((c) => c.id).join(", ")}`,
      });
    } else if (above) {
      t.milestones = above.milestones.map((m) => ({ ...m, inherited: true }));
      issues.push({ where: where(t), field: "time", text: above.time ?? "", code: "guessed", problem: `ô trống, lấy theo dòng ${above.id} phía trên (ô gộp)` });
    } else issues.push({ where: where(t), field: "time", text: "", code: "missing", problem: "thiếu thời gian hoàn thành" });
  }
}

/** A title cut to a phone line at a word boundary. */
export function shorten(title: string, max = 90): string {
  const t = title.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : max).replace(/[,;:]$/, "")}…`;
}

/** A cell's names without their separators: "A, B" and "A; B" write the same list. */
const bare = (text: string) =>
  text
    .replace(/[;,]|\s+và\s+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
