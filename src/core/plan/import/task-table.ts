import type { Group, Task } from "../schema.js";
import type { AgencyBook } from "./agency-book.js";
import type { Columns, TaskRole } from "./columns.js";
import { clean, oneLine, sentenceCase, type GridCell } from "./document.js";
import type { ImportIssue } from "./result.js";
import { buildTask, fillParents } from "./task-row.js";

export interface TableInput {
  grid: GridCell[][];
  headerRows: number;
  part: string;
  where: (row: number) => string;
  /** The row's place in the document alone ("trang 7"), kept in the plan as `source.at`. */
  at: (row: number) => string;
  /** A blank lead or time (monitoring, in targets) is the row above's, as under a merged cell; reported as guessed. */
  blankMeansAbove?: boolean;
}

const ROMAN_ID = /^(?:[IVXL]+|[A-ZĐ])\.?$/;
const NUMBER_ID = /^(\d+)(?:\.(\d+))?\.?$/;
/** "14a", "14.a", "14 a)": a sub-row the document numbers with its parent's number and a letter. */
const LETTERED_ID = /^(\d+)\s*\.?\s*([a-zđ])\s*[).]?$/u;
const LETTER_ID = /^([a-zđ])[).]?$/u;
const GROUP_IN_TEXT = /^(?:(?:Phần|PHẦN|Nhóm|NHÓM)\s+)?((?:[IVXL]+)|[A-ZĐ]|\d{1,2})[.)/:\s-]+\s*(.+)$/su;

/**
 * Task rows of a task appendix: group rows, numbered rows, sub-rows, merged and continued cells.
 * Ids are the document's own: "14", "14.1", "14a"; a row lettered "a)" under task 14 is "14a" (the
 * question layer finds it as "14a", "14 a" and "14.1").
 */
export function readTaskTable(table: TableInput, columns: Columns<TaskRole>, year: number, book: AgencyBook, issues: ImportIssue[]) {
  const tasks: Task[] = [];
  const groups: Group[] = [];
  const cell = (row: GridCell[], role: TaskRole) => (columns[role] === undefined ? undefined : row[columns[role]!]);
  const text = (row: GridCell[], role: TaskRole) => clean(cell(row, role)?.text ?? "");
  const undated = new Set<string>();
  const wheres = new Map<string, string>();
  let top: Task | undefined;
  let above: Task | undefined;
  for (let r = table.headerRows; r < table.grid.length; r++) {
    const row = table.grid[r]!;
    const id = oneLine(text(row, "id"));
    const all = row.map((c) => oneLine(c.text)).filter(Boolean);
    if (
      all.length === 0 ||
      /^(?:tong cong|tong so|cong)\b/i.test(
        all[0]!
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace(/đ/gi, "d"),
      )
    )
      continue;
    const distinct = new Set(all);
    const others = row.filter((c, k) => k !== columns.id && c.text.trim() && c.from !== "left").length;
    // "1. CẢI CÁCH THỂ CHẾ" with nothing else on the row: a group numbered like a task.
    const numberedGroup = NUMBER_ID.test(id) && !/\./.test(id.replace(/\.$/, "")) && !text(row, "lead") && !text(row, "time") && isCaps(text(row, "title"));
    const group =
      ROMAN_ID.test(id) || numberedGroup
        ? { id: id.replace(/\.$/, ""), title: text(row, "title") || all.find((t) => t !== id) || id }
        : (distinct.size === 1 && !id) || (id && others === 0)
          ? GROUP_IN_TEXT.exec(all[0]!)
          : null;
    if (group) {
      const [gid, title] = Array.isArray(group) ? [group[1]!, group[2]!] : [group.id, group.title];
      groups.push({ id: gid, title: sentenceCase(oneLine(title)) });
      top = undefined;
      above = undefined;
      continue;
    }
    let where = table.where(r);
    let taskId: string | undefined;
    let parent: Task | undefined;
    const num = NUMBER_ID.exec(id);
    const lettered = LETTERED_ID.exec(id);
    const letter = LETTER_ID.exec(id);
    if (num) {
      taskId = num[2] ? `${num[1]}.${num[2]}` : num[1]!;
      parent = num[2] ? tasks.find((t) => t.id === num[1]) : undefined;
    } else if (lettered) {
      taskId = `${lettered[1]}${lettered[2]}`;
      parent = tasks.find((t) => t.id === lettered[1]);
    } else if (letter && top) {
      taskId = `${top.id}${letter[1]}`;
      parent = top;
      issues.push({ where: `${where}, dòng ${taskId}`, field: "id", text: id, code: "guessed", problem: `dòng con «${id}» dưới nhiệm vụ ${top.id}, lấy mã ${taskId}` });
    } else if (!id && text(row, "title") && text(row, "lead") && cell(row, "lead")?.from !== "above") {
      // A full row with no number (Word's automatic numbering leaves none in the text): the next number.
      const next = String(Math.max(0, ...tasks.filter((t) => !t.parent).map((t) => Number.parseInt(t.id, 10))) + 1);
      taskId = next;
      issues.push({ where: `${where}, dòng ${next}`, field: "id", text: oneLine(text(row, "title")), code: "guessed", problem: `dòng không có số thứ tự, đã đánh số ${next}` });
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
      issues.push({ where, field: "id", text: id, code: "skipped", problem: "số thứ tự trùng với một dòng trước, dòng này bị bỏ qua" });
      continue;
    }
    if (!groups.length) groups.push({ id: "I", title: "Nhiệm vụ" });
    const context = { taskId, parent, above: table.blankMeansAbove ? above : undefined, group: groups.at(-1)!.id, where, at: table.at(r), part: table.part, year, book, issues, cell, text, columns };
    const { task, noTime } = buildTask(row, context);
    if (noTime) undated.add(task.id);
    wheres.set(task.id, where);
    tasks.push(task);
    above = task;
    if (!parent) top = task;
  }
  fillParents(tasks, undated, issues, (t) => wheres.get(t.id) ?? t.id);
  return { tasks, groups };
}

function isCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase();
}
