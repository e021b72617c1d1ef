import { fold } from "../../language/normalise.js";
import { planSchema, type Agency, type Group, type PlanData, type Target, type Task } from "../schema.js";
import { createAgencyBook } from "./agency-book.js";
import { readBody, readHeader } from "./body.js";
import { targetColumns, taskColumns, isNumberingRow } from "./columns.js";
import { slug, toGrid, type DocBlock, type DocPara } from "./document.js";
import { addUnique, collectTables } from "./found-tables.js";
import { linkSections } from "./link-sections.js";
import { failed, type ImportIssue, type ImportResult } from "./result.js";
import { readTargetTable } from "./target-table.js";
import { readTaskTable, type TableInput } from "./task-table.js";
import type { FlatAppendix } from "./text-blocks.js";

export interface ImportInput {
  blocks: DocBlock[];
  /** Appendices of a pasted text that have no table markup. */
  flat?: FlatAppendix[];
  /** Agencies the importer can name; others found in the tables are added and reported. */
  lexicon: readonly Agency[];
  fileName: string;
}

const APPENDIX = /^(?:PHỤ LỤC|Phụ lục)\s*(\d+|[IVX]+)?/u;

/** Reads a document (already split into paragraphs and tables) as a plan in the seed's schema, checked by zod. */
export function buildPlan(input: ImportInput): ImportResult {
  const book = createAgencyBook(input.lexicon);
  const issues: ImportIssue[] = [];
  const paras = input.blocks.filter((b): b is DocPara => b.kind === "para");
  const header = readHeader(paras);
  const year = header.year ?? new Date().getUTCFullYear();
  if (!header.year) issues.push({ where: "đầu văn bản", field: "year", text: "", code: "guessed", problem: `không thấy năm của kế hoạch, tạm lấy ${year}` });

  const tables = collectTables(input, book.matcher);
  const tasks: Task[] = [];
  const taskGroups: Group[] = [];
  const targets: Target[] = [];
  const targetGroups: Group[] = [];
  for (const t of tables) {
    // Column-number rows "(1) (2) (3)" are blanked, not dropped, so row numbers still point into the document.
    const grid = toGrid(t.table.rows).map((row, i) => (i > 0 && isNumberingRow(row) ? row.map(() => ({ text: "" })) : row));
    const asTask = taskColumns(grid);
    const asTarget = targetColumns(grid);
    const isTask = asTask.columns.title !== undefined && (asTask.columns.lead !== undefined || asTask.columns.time !== undefined);
    const isTarget = asTarget.columns.title !== undefined && (asTarget.columns.value !== undefined || asTarget.columns.monitoring !== undefined);
    const headed = fold(t.heading);
    const preferTarget = isTarget && (!isTask || /chi tieu/.test(headed) || asTask.columns.time === undefined);
    const part = t.part ?? (preferTarget ? "Bảng chỉ tiêu" : "Bảng nhiệm vụ");
    const at = (r: number) => t.table.rowWhere?.[r] ?? `${t.table.where}, hàng ${r + 1}`;
    const where = (r: number) => `${part}, ${at(r)}`;
    // A blank lead, time or monitoring cell under a value is taken as merged with it (and reported): a PDF
    // keeps no merges, and some Word tables only hide the border between the rows.
    if (preferTarget) {
      const input: TableInput = { grid, headerRows: asTarget.headerRows, part, where, at, blankMeansAbove: true };
      const read = readTargetTable(input, asTarget.columns, book, issues);
      addUnique(targets, read.targets, issues, where(0));
      for (const g of read.groups) if (!targetGroups.some((x) => x.id === g.id)) targetGroups.push(g);
    } else if (isTask) {
      const input: TableInput = { grid, headerRows: asTask.headerRows, part, where, at, blankMeansAbove: true };
      const read = readTaskTable(input, asTask.columns, year, book, issues);
      addUnique(tasks, read.tasks, issues, where(0));
      for (const g of read.groups) if (!taskGroups.some((x) => x.id === g.id)) taskGroups.push(g);
    }
  }
  if (tasks.length === 0) return failed("Không tìm thấy bảng nhiệm vụ trong tài liệu (cần một bảng có các cột như STT, Nội dung nhiệm vụ, Cơ quan chủ trì, Thời gian hoàn thành).", issues);
  for (const t of tasks) if (!taskGroups.some((g) => g.id === t.group)) taskGroups.push({ id: t.group, title: "Nhiệm vụ" });

  const title = header.title ?? `Kế hoạch cải cách hành chính năm ${year}`;
  const shortTitle = `Kế hoạch CCHC ${year}`;
  const bodyEnd = input.blocks.findIndex((b) => b.kind === "table" || (b.kind === "para" && APPENDIX.test(b.text.trim())));
  const bodyParas = (bodyEnd < 0 ? input.blocks : input.blocks.slice(0, bodyEnd)).filter((b): b is DocPara => b.kind === "para");
  const { sections, passages } = readBody(bodyParas, shortTitle);
  linkSections(sections, taskGroups);
  for (const p of passages) p.agencies = book.mentioned(p.text);
  for (const p of passages) {
    // Mục V's points are named after the bodies whose duties they list ("4. Sở Tài chính").
    const point = sections.find((s) => s.id === p.id.split(".").slice(0, 2).join("."));
    if (/^V\./.test(p.id) && point && point.id.split(".").length === 2) {
      const responsible = book.known(point.title);
      if (responsible.length) p.responsible = responsible;
    }
  }
  if (!header.province) issues.push({ where: "đầu văn bản", field: "province", text: title, code: "missing", problem: "không thấy tên tỉnh trong tiêu đề kế hoạch" });
  issues.push(...book.issues);
  const data: PlanData = {
    id: `${slug(header.province ?? input.fileName.replace(/\.[^.]+$/, "")) || "ke-hoach"}-cchc-${year}`,
    title,
    shortTitle,
    province: header.province ?? "",
    year,
    issuedBy: header.issuedBy ?? (header.province ? `Ủy ban nhân dân tỉnh ${header.province}` : "Ủy ban nhân dân tỉnh"),
    decision: header.decision ?? title,
    taskGroups,
    targetGroups,
    agencies: book.used(),
    tasks,
    targets,
    sections,
    passages,
  };
  const parsed = planSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return failed(`Đọc được tài liệu nhưng kế hoạch chưa hợp lệ (${first.path.join(".")}: ${first.message}).`, issues);
  }
  const plan = parsed.data;
  return {
    plan,
    summary: {
      tasks: plan.tasks.filter((t) => !t.parent).length,
      subTasks: plan.tasks.filter((t) => t.parent).length,
      targets: plan.targets.length,
      sections: plan.sections?.length ?? 0,
      passages: plan.passages?.length ?? 0,
      taskGroups: plan.taskGroups.length,
      agencies: plan.agencies.length,
      unknownAgencies: book.unknownCount(),
    },
    issues,
  };
}
