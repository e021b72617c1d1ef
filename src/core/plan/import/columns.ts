import { fold } from "../../language/normalise.js";
import type { GridCell } from "./document.js";

export type TaskRole = "id" | "title" | "deliverable" | "lead" | "cooperating" | "time" | "note";
export type TargetRole = "id" | "title" | "value" | "monitoring" | "implementing" | "note";

/** Header words for each column, in any order a province writes them. The longest phrase found wins. */
const TASK_WORDS: Record<TaskRole, string[]> = {
  id: ["stt", "tt", "so tt", "so thu tu", "ma"],
  title: ["noi dung nhiem vu", "nhiem vu", "noi dung", "ten nhiem vu", "nhiem vu giai phap", "noi dung cong viec", "cong viec"],
  deliverable: ["san pham", "hoat dong/san pham", "ket qua", "san pham dau ra", "hinh thuc van ban", "ket qua san pham", "du kien san pham"],
  lead: ["co quan chu tri", "don vi chu tri", "chu tri", "co quan thuc hien", "don vi thuc hien", "co quan chu tri thuc hien", "don vi chu tri thuc hien"],
  cooperating: ["co quan phoi hop", "don vi phoi hop", "phoi hop", "co quan phoi hop thuc hien", "don vi phoi hop thuc hien"],
  time: ["thoi gian hoan thanh", "thoi gian thuc hien", "thoi han", "thoi han hoan thanh", "tien do", "thoi gian", "tien do hoan thanh", "thoi diem hoan thanh"],
  note: ["ghi chu"],
};
const TARGET_WORDS: Record<TargetRole, string[]> = {
  id: ["stt", "tt", "so tt", "so thu tu"],
  title: ["chi tieu", "noi dung chi tieu", "ten chi tieu", "noi dung"],
  value: ["chi tieu phan dau", "muc tieu", "ket qua phan dau", "gia tri", "chi tieu nam", "muc phan dau", "chi tieu can dat", "muc tieu can dat", "ke hoach nam"],
  monitoring: ["don vi theo doi", "co quan theo doi", "theo doi", "don vi chu tri theo doi", "co quan chu tri", "don vi chu tri", "co quan theo doi huong dan"],
  implementing: ["don vi thuc hien", "co quan thuc hien", "don vi phoi hop", "co quan phoi hop"],
  note: ["ghi chu"],
};

export type Columns<R extends string> = Partial<Record<R, number>>;

function roleOf<R extends string>(header: string, words: Record<R, string[]>): R | undefined {
  const f = ` ${fold(header).replace(/\s*\/\s*/g, "/")} `;
  let best: { role: R; len: number } | undefined;
  for (const role of Object.keys(words) as R[]) {
    for (const w of words[role]) {
      if (f.includes(` ${w} `) && (!best || w.length > best.len)) best = { role, len: w.length };
    }
  }
  return best?.role;
}

/** Rows at the top that are headers, and which column plays which role. */
export function readHeader<R extends string>(grid: GridCell[][], words: Record<R, string[]>): { columns: Columns<R>; headerRows: number } {
  let headerRows = 0;
  while (headerRows < Math.min(3, grid.length) && isHeaderRow(grid[headerRows]!, words)) headerRows++;
  const columns: Columns<R> = {};
  const width = grid[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    // A spanning header ("Trách nhiệm cụ thể") adds nothing; the row under it names the column.
    const own = grid
      .slice(0, headerRows)
      .map((row) => row[c]!)
      .filter((cell) => cell.from !== "left" && cell.text.trim());
    const text = own.map((cell) => cell.text).join(" ");
    const role = roleOf(own.at(-1)?.text ?? "", words) ?? roleOf(text, words);
    if (role && columns[role] === undefined) columns[role] = c;
  }
  return { columns, headerRows };
}

function isHeaderRow<R extends string>(row: GridCell[], words: Record<R, string[]>): boolean {
  const cells = row.filter((c) => c.text.trim());
  if (cells.length === 0) return false;
  if (/^\s*(?:\d+(?:\.\d+)*|[IVX]+)\.?\s*$/.test(cells[0]!.text) && cells.length > 1) return false;
  return cells.filter((c) => roleOf(c.text, words)).length >= Math.min(2, cells.length);
}

/** A row of column numbers "(1) (2) (3)" under the header. */
export function isNumberingRow(row: GridCell[]): boolean {
  const cells = row.filter((c) => c.text.trim());
  return cells.length >= 3 && cells.every((c) => /^\(?\d{1,2}\)?$/.test(c.text.trim()));
}

export function taskColumns(grid: GridCell[][]) {
  return readHeader(grid, TASK_WORDS);
}
export function targetColumns(grid: GridCell[][]) {
  return readHeader(grid, TARGET_WORDS);
}

/** The roles a header names, in the order it names them (a flat text's header, where no cells are left). */
export function roleOrder(header: string, kind: "task" | "target"): string[] {
  const words: Record<string, string[]> = kind === "task" ? TASK_WORDS : TARGET_WORDS;
  let f = ` ${fold(header).replace(/\s*\/\s*/g, "/")} `;
  const found: { at: number; role: string }[] = [];
  const all = Object.entries(words)
    .flatMap(([role, list]) => list.map((w) => ({ role, w })))
    .sort((a, b) => b.w.length - a.w.length);
  for (const { role, w } of all) {
    const at = f.indexOf(` ${w} `);
    if (at < 0 || found.some((x) => x.role === role)) continue;
    found.push({ at, role });
    f = f.slice(0, at + 1) + " ".repeat(w.length) + f.slice(at + 1 + w.length);
  }
  return found.sort((a, b) => a.at - b.at).map((x) => x.role);
}
