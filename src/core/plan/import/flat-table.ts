import { fold } from "../../language/normalise.js";
import type { AgencyMatcher } from "./agency-names.js";
import type { DocCell, DocTable } from "./document.js";
import { roleOrder } from "./columns.js";
import { bulletRows, targetCells, taskCells, type FlatRow } from "./flat-cells.js";
import type { FlatAppendix } from "./text-blocks.js";

/**
 * An appendix table whose cells a PDF's text layer has run into lines (no cell borders left): rows are
 * found by their numbers in sequence, agency cells by the lexicon, the time by its wording. The result is a
 * table with the usual header, read by the same code as a Word table.
 */
const TASK_HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
const TARGET_HEADER = ["STT", "Chỉ tiêu", "Chỉ tiêu phấn đấu", "Đơn vị theo dõi", "Đơn vị thực hiện"];
const FURNITURE = /^(?:ỦY BAN|UỶ BAN|TỈNH|THÀNH PHỐ|CỘNG HÒA|CỘNG HOÀ|TỔNG CỘNG|PHỤ LỤC|Độc lập)/u;
const ID_LINE = /^(\d{1,2}(?:\.\d{1,2})?)(?:\s+(.*))?$/;
const GROUP_LINE = /^([IVX]+)[.)]?\s+(\p{Lu}[\p{Lu}\s,\-–]+)$/u;
const LETTER_LINE = /^([a-zđ])[).]?(?:\s+(.*))?$/u;

export function readFlatAppendix(appendix: FlatAppendix, matcher: AgencyMatcher): DocTable | undefined {
  const folded = appendix.lines.map((l) => fold(l.text));
  const headerAt = folded.findIndex((f) => /^(?:stt|tt)\b/.test(f));
  if (headerAt < 0) return undefined;
  const headerText = folded.slice(headerAt, headerAt + 12).join(" ");
  const kind = /chu tri|phoi hop/.test(headerText) ? "task" : /chi tieu|theo doi/.test(headerText) ? "target" : undefined;
  if (!kind) return undefined;
  const rows = splitRows(appendix, folded, headerAt, kind);
  const order = roleOrder(headerText, kind);
  const cells = rows.map((r) => (r.group ? [r.id, r.lines.join(" "), "", "", ""] : kind === "task" ? taskCells(r, matcher) : targetCells(r, matcher, order)));
  const expanded: DocCell[][] = [];
  const where: string[] = [appendix.lines[headerAt]!.where];
  rows.forEach((r, i) => {
    for (const c of [cells[i]!].concat(kind === "target" && !r.group ? bulletRows(r) : [])) {
      expanded.push(c.map((text) => ({ text })));
      where.push(r.where);
    }
  });
  return { kind: "table", rows: [(kind === "task" ? TASK_HEADER : TARGET_HEADER).map((text) => ({ text })), ...expanded], where: appendix.lines[headerAt]!.where, rowWhere: where };
}

function splitRows(appendix: FlatAppendix, folded: string[], headerAt: number, kind: "task" | "target"): FlatRow[] {
  const rows: FlatRow[] = [];
  let top = 0;
  let sub = 0;
  let letters = 0;
  // The header's lines, repeated on every page: skipped where they come back as a block.
  let end = headerAt + 1;
  while (end < folded.length && !ID_LINE.test(appendix.lines[end]!.text) && !GROUP_LINE.test(appendix.lines[end]!.text)) end++;
  const header = new Set(folded.slice(headerAt, end));
  let inHeader = false;
  for (let i = end; i < appendix.lines.length; i++) {
    const text = appendix.lines[i]!.text;
    const f = folded[i]!;
    if (f === folded[headerAt]) inHeader = true;
    else if (inHeader && !header.has(f)) inHeader = false;
    if (inHeader || (FURNITURE.test(text) && text === text.toUpperCase())) continue;
    // A page number: a lone number just before the repeated header.
    if (/^\d+$/.test(f) && i + 1 < folded.length && folded[i + 1] === folded[headerAt]) continue;
    const group = GROUP_LINE.exec(text);
    if (group) {
      rows.push({ id: group[1]!, group: true, lines: [group[2]!.trim()], bullets: [], where: appendix.lines[i]!.where });
      continue;
    }
    const id = ID_LINE.exec(text);
    if (id) {
      const [a, b] = id[1]!.split(".").map(Number);
      const next = b === undefined ? a === top + 1 : a === top && b === sub + 1;
      if (next) {
        if (b === undefined) [top, sub, letters] = [a!, 0, 0];
        else sub = b;
        rows.push({ id: id[1]!, group: false, lines: id[2] ? [id[2]] : [], bullets: [], where: appendix.lines[i]!.where });
        continue;
      }
    }
    // Sub-rows a, b, c under a numbered row, in sequence.
    const letter = LETTER_LINE.exec(text);
    const expected = String.fromCharCode(97 + letters);
    if (letter && top > 0 && letter[1] === expected && rows.at(-1) && !rows.at(-1)!.group) {
      letters++;
      rows.push({ id: letter[1]!, group: false, lines: letter[2] ? [letter[2]] : [], bullets: [], where: appendix.lines[i]!.where });
      continue;
    }
    const row = rows.at(-1);
    if (!row || row.group) continue;
    if (kind === "task") {
      row.lines.push(text);
      continue;
    }
    if (/^[-+•]\s/.test(text) || (row.bullets.length && !/^\p{Lu}/u.test(text) && !/^\d/.test(text) && !/^-+$/.test(text.trim()))) {
      if (/^[-+•]\s/.test(text)) row.bullets.push(text.replace(/^[-+•]\s*/, ""));
      else if (row.bullets.length) row.bullets[row.bullets.length - 1] += ` ${text}`;
      else row.lines.push(text);
      continue;
    }
    if (row.bullets.length && /^(?:\d+(?:[.,]\d+)?\s*%)?[\s-]*$/.test(text.trim())) {
      row.bullets[row.bullets.length - 1] += ` ${text}`;
      continue;
    }
    row.lines.push(text);
  }
  return rows;
}
