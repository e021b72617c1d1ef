/** A document as the importer reads it: paragraphs and tables in order, each with where it came from. */
export interface DocCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
}
export interface DocPara {
  kind: "para";
  text: string;
  /** "trang 3", "dòng 120", "đoạn 12": what an issue or a citation names. */
  where: string;
}
export interface DocTable {
  kind: "table";
  rows: DocCell[][];
  where: string;
  /** Where each row is, when the reader knows better than "bảng N, hàng M" (a PDF page). */
  rowWhere?: string[];
}
export type DocBlock = DocPara | DocTable;

/** A cell of the expanded grid; `from` marks a copy made from a merged cell above or to the left. */
export interface GridCell {
  text: string;
  from?: "above" | "left";
}

const DITTO = /^\s*(?:〃|"|nt|như trên)\s*$/iu;

/** Expands row and column spans so that every row has one cell per column. */
export function toGrid(rows: DocCell[][]): GridCell[][] {
  const grid: GridCell[][] = [];
  rows.forEach((row, r) => {
    const out = (grid[r] ??= []);
    let c = 0;
    for (const cell of row) {
      while (out[c]) c++;
      const across = Math.max(1, cell.colSpan ?? 1);
      const down = Math.max(1, cell.rowSpan ?? 1);
      for (let i = 0; i < across; i++) {
        out[c + i] = i === 0 ? { text: cell.text } : { text: cell.text, from: "left" };
        for (let k = 1; k < down; k++) (grid[r + k] ??= [])[c + i] = { text: cell.text, from: "above" };
      }
      c += across;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const out = grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? { text: "" }));
  // "〃" or "nt" (như trên) in a pasted table: the cell above, as a merged cell would be.
  out.forEach((row, r) => row.forEach((cell, c) => DITTO.test(cell.text) && r > 0 && (row[c] = { text: out[r - 1]![c]!.text, from: "above" })));
  return out;
}

/** Folds for matching while keeping every character's position (one UTF-16 unit in, one out). */
export function foldKeep(text: string): string {
  return Array.from(text, (ch) => {
    const f = ch
      .toLowerCase()
      .replace("đ", "d")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
    return f.length === 1 ? f : ch.length === 1 ? " " : ch;
  }).join("");
}

export const clean = (text: string): string =>
  text
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
export const oneLine = (text: string): string => clean(text).replace(/\n/g, " ");

const ACRONYMS = new Set(["ubnd", "hdnd", "cchc", "tthc", "cntt", "qppl", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"]);

/** "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH" → "Công tác chỉ đạo điều hành"; text already in mixed case is kept. */
export function sentenceCase(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (!letters || letters !== letters.toUpperCase()) return text;
  const lower = text
    .split(" ")
    .map((w) => (ACRONYMS.has(foldKeep(w).replace(/[^a-z]/g, "")) ? w : w.toLowerCase()))
    .join(" ");
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function slug(text: string): string {
  return foldKeep(text.normalize("NFC"))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
}
