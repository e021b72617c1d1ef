import type { Group, Milestone, Task } from "../schema.js";
import type { AgencyBook } from "./agency-book.js";
import type { Columns, TaskRole } from "./columns.js";
import { clean, oneLine, sentenceCase, type GridCell } from "./document.js";
import { readDeadlines } from "./deadlines.js";
import type { ImportIssue } from "./result.js";

export interface TableInput {
  grid: GridCell[][];
  headerRows: number;
  part: string;
  where: (row: number) => string;
  /** The row's place in the document alone ("trang 7"), kept in the plan as `source.at`. */
  at: (row: number) => string;
}

const ROMAN_ID = /^(?:[IVXL]+|[A-ZĐ])\.?$/;
const NUMBER_ID = /^(\d+)(?:\.(\d+))?\.?$/;
const LETTER_ID = /^([a-zđ])[).]?$/;
const GROUP_IN_TEXT = /^((?:[IVXL]+)|[A-ZĐ])[.)/:\s-]+\s*(.+)$/su;

/** Task rows of a task appendix: group rows, numbered rows, sub-rows (1.1, a, b), merged and continued cells. */
export function readTaskTable(table: TableInput, columns: Columns<TaskRole>, year: number, book: AgencyBook, issues: ImportIssue[]) {
  const tasks: Task[] = [];
  const groups: Group[] = [];
  const cell = (row: GridCell[], role: TaskRole) => (columns[role] === undefined ? undefined : row[columns[role]!]);
  const text = (row: GridCell[], role: TaskRole) => clean(cell(row, role)?.text ?? "");
  let top: Task | undefined;
  let letters = 0;
  for (let r = table.headerRows; r < table.grid.length; r++) {
    const row = table.grid[r]!;
    const id = oneLine(text(row, "id"));
    const all = row.map((c) => oneLine(c.text)).filter(Boolean);
    if (all.length === 0 || /^(?:tong cong|tong so|cong)\b/i.test(all[0]!.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d"))) continue;
    const distinct = new Set(all);
    const others = row.filter((c, k) => k !== columns.id && c.text.trim() && c.from !== "left").length;
    const group = ROMAN_ID.test(id) ? { id: id.replace(/\.$/, ""), title: text(row, "title") || all.find((t) => t !== id) || id } : (distinct.size === 1 && !id) || (id && others === 0) ? GROUP_IN_TEXT.exec(all[0]!) : null;
    if (group) {
      const [gid, title] = Array.isArray(group) ? [group[1]!, group[2]!] : [group.id, group.title];
      groups.push({ id: gid, title: sentenceCase(oneLine(title)) });
      top = undefined;
      continue;
    }
    let where = table.where(r);
    let taskId: string | undefined;
    let parent: Task | undefined;
    const num = NUMBER_ID.exec(id);
    const letter = LETTER_ID.exec(id);
    if (num) {
      taskId = num[2] ? `${num[1]}.${num[2]}` : num[1]!;
      parent = num[2] ? tasks.find((t) => t.id === num[1]) : undefined;
      if (!num[2]) letters = 0;
    } else if (letter && top) {
      taskId = `${top.id}.${++letters}`;
      parent = top;
      issues.push({ where: `${where}, dòng ${taskId}`, field: "id", text: id, problem: `dòng con "${id}" được đánh số ${taskId}` });
    } else if (!id && text(row, "title") && text(row, "lead") && cell(row, "lead")?.from !== "above") {
      // A full row with no number (Word's automatic numbering leaves none in the text): the next number.
      const next = String(Math.max(0, ...tasks.filter((t) => !t.parent).map((t) => Number(t.id))) + 1);
      taskId = next;
      letters = 0;
      issues.push({ where: `${where}, dòng ${next}`, field: "id", text: oneLine(text(row, "title")), problem: `dòng không có số thứ tự, đã đánh số ${next}` });
    } else if (tasks.length) {
      // A row without a number continues the row above (a page break, or "- …" lines of the same task).
      const last = tasks.at(-1)!;
      const more = (role: TaskRole) => (cell(row, role)?.from ? "" : text(row, role));
      if (more("title")) last.title = `${last.title}\n${more("title")}`;
      if (more("deliverable")) last.deliverable = last.deliverable === "—" ? more("deliverable") : `${last.deliverable}\n${more("deliverable")}`;
      continue;
    } else continue;
    where = `${where}, dòng ${taskId}`;
    if (tasks.some((t) => t.id === taskId)) {
      issues.push({ where, field: "id", text: id, problem: "số thứ tự trùng với một dòng trước, dòng này bị bỏ qua" });
      continue;
    }
    if (!groups.length) groups.push({ id: "I", title: "Nhiệm vụ" });
    const task = buildTask(row, { taskId, parent, group: groups.at(-1)!.id, where, at: table.at(r), part: table.part, year, book, issues, cell, text });
    tasks.push(task);
    if (!parent) top = task;
  }
  return { tasks, groups };
}

interface RowContext {
  taskId: string;
  parent: Task | undefined;
  group: string;
  where: string;
  at: string;
  part: string;
  year: number;
  book: AgencyBook;
  issues: ImportIssue[];
  cell: (row: GridCell[], role: TaskRole) => GridCell | undefined;
  text: (row: GridCell[], role: TaskRole) => string;
}

function buildTask(row: GridCell[], x: RowContext): Task {
  const { where, issues, book } = x;
  const title = oneLine(x.text(row, "title"));
  const deliverable = clean(x.text(row, "deliverable")).replace(/\n(?!-)/g, " ");
  const leadText = oneLine(x.text(row, "lead"));
  const coopText = oneLine(x.text(row, "cooperating"));
  let lead = leadText ? book.read(leadText, where, "lead") : [];
  if (lead.length === 0 && x.parent) lead = x.parent.lead;
  if (lead.length === 0) {
    issues.push({ where, field: "lead", text: leadText, problem: leadText ? "không nhận ra cơ quan chủ trì" : "thiếu cơ quan chủ trì" });
    lead = [book.placeholder()];
  }
  let cooperating = coopText ? book.read(coopText, where, "cooperating") : [];
  if (!coopText && x.parent) cooperating = x.parent.cooperating;
  else if (!coopText && x.cell(row, "cooperating")) issues.push({ where, field: "cooperating", text: "", problem: "ô trống (nếu là ô gộp với dòng trên, cần ghi lại cơ quan phối hợp)" });
  const timeCell = x.cell(row, "time");
  const timeText = clean(timeCell?.text ?? "");
  let milestones: Milestone[];
  let time: string | null = timeText ? timeText.split("\n").map((l) => l.replace(/^[-+•]\s*/, "")).join("; ") : null;
  if ((timeCell?.from === "above" || !timeText) && x.parent) {
    // The parent's merged time cell (or an empty one under it) covers this sub-row.
    milestones = x.parent.milestones.map((m) => ({ ...m, inherited: true }));
    time = null;
  } else {
    const read = readDeadlines(timeText, x.year);
    milestones = read.milestones;
    for (const u of read.unresolved) issues.push({ where, field: "time", text: u, problem: "không xác định được hạn hoàn thành" });
    if (!milestones.length) {
      milestones = [{ label: null, period: null, asWritten: "Không ghi", due: null }];
      issues.push({ where, field: "time", text: "", problem: "thiếu thời gian hoàn thành" });
    }
    if (timeCell?.from === "above") milestones = milestones.map((m) => ({ ...m, inherited: true }));
  }
  if (!title) issues.push({ where, field: "title", text: deliverable, problem: "thiếu nội dung nhiệm vụ" });
  const names = lead.map((id) => book.matcher.byId(id)?.name ?? id).join("; ");
  return {
    id: x.taskId,
    ...(x.parent ? { parent: x.parent.id } : {}),
    group: x.group,
    title: title || deliverable || `Nhiệm vụ ${x.taskId}`,
    short: shorten(title || deliverable || `Nhiệm vụ ${x.taskId}`),
    deliverable: deliverable || "—",
    lead,
    ...(leadText && leadText !== names ? { leadAsWritten: leadText } : {}),
    cooperating,
    ...(coopText ? { cooperatingAsWritten: coopText } : {}),
    time,
    milestones,
    source: { part: x.part, row: x.taskId, at: x.at },
  };
}

/** A title cut to a phone line at a word boundary. */
export function shorten(title: string, max = 90): string {
  const t = title.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : max).replace(/[,;:]$/, "")}…`;
}
