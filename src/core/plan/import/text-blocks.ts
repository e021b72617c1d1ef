import { clean, type DocBlock, type DocCell } from "./document.js";

/** A run of an appendix written as plain lines (a PDF's text pasted), for the flat-table reader. */
export interface FlatAppendix {
  heading: string;
  lines: { text: string; where: string }[];
}

const STRUCTURE = /^(?:(?:Phần\s+)?[IVX]+[.:\s]|\d{1,2}[.)]\s|[a-zđ]\)|Căn cứ\s|Theo đề nghị|Điều\s+\d|QUYẾT ĐỊNH|KẾ HOẠCH|PHỤ LỤC|Phụ lục\s+\d|CỘNG HÒA|Độc lập|ỦY BAN|\(|-\s|\+\s|•)/u;
const APPENDIX = /^(?:PHỤ LỤC|Phụ lục)\s*(\d+|[IVX]+)?\s*:?\s*$/u;

/** A pasted plan: paragraphs, Markdown or tab-separated tables, and appendices written as lines. */
export function readText(text: string): { blocks: DocBlock[]; flat: FlatAppendix[] } {
  const raw = text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\f/g, "\n").split("\n");
  const blanks = raw.filter((l) => !l.trim()).length;
  // A PDF's text often puts a blank line after every line: then blank lines say nothing about paragraphs.
  const blankBreaks = blanks < raw.length * 0.35;
  const blocks: DocBlock[] = [];
  const flat: FlatAppendix[] = [];
  let para: { text: string; where: string } | undefined;
  let table: { rows: DocCell[][]; where: string } | undefined;
  let appendix: FlatAppendix | undefined;
  const endPara = () => {
    if (para) blocks.push({ kind: "para", text: clean(para.text), where: para.where });
    para = undefined;
  };
  const endTable = () => {
    if (table) blocks.push({ kind: "table", rows: table.rows, where: table.where });
    table = undefined;
  };
  raw.forEach((rawLine, i) => {
    const line = rawLine.trim();
    const where = `dòng ${i + 1}`;
    const cells = tableCells(rawLine);
    if (cells) {
      endPara();
      if (appendix) flat.splice(flat.indexOf(appendix), 1);
      appendix = undefined;
      if (!/^[\s|:-]+$/.test(rawLine)) (table ??= { rows: [], where }).rows.push(cells.map((t) => ({ text: t })));
      return;
    }
    endTable();
    if (!line) {
      if (blankBreaks) endPara();
      return;
    }
    if (APPENDIX.test(line)) {
      endPara();
      appendix = { heading: line, lines: [] };
      flat.push(appendix);
      blocks.push({ kind: "para", text: line, where });
      return;
    }
    if (appendix) {
      appendix.lines.push({ text: line, where });
      return;
    }
    if (para && !STRUCTURE.test(line) && !isCaps(line)) para.text += ` ${line}`;
    else {
      endPara();
      para = { text: line, where };
    }
  });
  endPara();
  endTable();
  return { blocks, flat: flat.filter((a) => a.lines.length > 0) };
}

function isCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/** "| a | b |" (Markdown, "<br>" for a line break) or "a\tb\tc" (cells copied from Word). */
function tableCells(line: string): string[] | undefined {
  const t = line.trim();
  if (t.startsWith("|") && t.endsWith("|") && t.length > 2)
    return t
      .slice(1, -1)
      .split("|")
      .map((c) => c.replace(/<br\s*\/?>/gi, "\n").trim());
  if ((line.match(/\t/g) ?? []).length >= 2) return line.split("\t").map((c) => c.replace(/<br\s*\/?>/gi, "\n").trim());
  return undefined;
}
