import { getDocumentProxy } from "unpdf";
import type { DocBlock } from "../../core/plan/import/document.js";

export class NoTextLayerError extends Error {
  override name = "NoTextLayerError";
}

/** "III. CẢI CÁCH TỔ CHỨC BỘ MÁY", "Phần II. …", "A. NHIỆM VỤ CHUNG": a whole line in capitals under a numeral. */
const GROUP_LINE = /^(?:(?:Phần|PHẦN)\s+)?(?:[IVXL]+|[A-ZĐ])[.):]\s*\p{Lu}[\p{Lu}\s,;\-–]+$/u;
const ROW_START = /^(?:\d+(?:\.\d+)*\.?|[IVXL]+\.?|[a-zđ]\)?|[-+•])(?:\s|$)/u;

interface Item {
  text: string;
  x: number;
  y: number;
}

/**
 * A PDF's text layer, by position: items on one baseline make a line; where a page has a header row of
 * an appendix table, items under it are put into that header's columns, one table row per numbered line.
 */
export async function readPdf(bytes: Buffer): Promise<{ lines: { text: string; where: string }[]; blocks: DocBlock[] }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const lines: { text: string; where: string }[] = [];
  const blocks: DocBlock[] = [];
  let chars = 0;
  let columns: number[] | undefined;
  let table: Extract<DocBlock, { kind: "table" }> | undefined;
  let lastTable: typeof table;
  let lastHeader = "";
  let headerItems: Item[] = [];
  let headerColumns: number[] | undefined;
  let headerLines = 1;
  let skip = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items: Item[] = content.items
      .filter((i): i is typeof i & { str: string; transform: number[] } => "str" in i && typeof i.str === "string" && i.str.trim() !== "")
      .map((i) => ({ text: i.str, x: i.transform[4]!, y: i.transform[5]! }));
    chars += items.reduce((s, i) => s + i.text.trim().length, 0);
    const rows = new Map<number, Item[]>();
    for (const it of items) {
      const key = [...rows.keys()].find((y) => Math.abs(y - it.y) < 2.5) ?? it.y;
      rows.set(key, [...(rows.get(key) ?? []), it]);
    }
    const ordered = [...rows.entries()].sort((a, b) => b[0] - a[0]).map(([, r]) => r.sort((a, b) => a.x - b.x));
    for (const row of ordered) {
      const text = row
        .map((i) => i.text)
        .join(" ")
        .replace(/\s+/g, " ")
        .trim();
      const where = `trang ${n}`;
      lines.push({ text, where });
      const isHeader = row.length >= 3 && /^(STT|TT)$/i.test(row[0]!.text.trim());
      if (skip > 0) {
        skip--;
        continue;
      }
      if (isHeader && lastTable && lastHeader === text) {
        // The header repeated on a new page: the same table goes on, under the same columns.
        columns = headerColumns;
        table = lastTable;
        skip = headerLines - 1;
        continue;
      }
      if (isHeader) {
        headerItems = [...row];
        lastHeader = text;
        headerLines = 1;
        table = { kind: "table", rows: [[]], where, rowWhere: [where] };
        columns = setHeader(table, headerItems);
        headerColumns = columns;
        blocks.push(table);
        lastTable = table;
        continue;
      }
      if (columns && table && table.rows.length === 1 && row[0]!.x >= columns[1]! - 1) {
        // A header's second line ("Đơn vị theo dõi" under "Trách nhiệm cụ thể") can add columns.
        headerItems.push(...row);
        headerLines++;
        columns = setHeader(table, headerItems);
        headerColumns = columns;
        continue;
      }
      if (columns && table && table.rows.length > 1 && GROUP_LINE.test(text)) {
        // A group title merged over the whole row, often centred: its own row whatever column it starts in.
        table.rows.push(columns.map((_, k) => ({ text: k === 0 ? text : "" })));
        table.rowWhere!.push(where);
        continue;
      }
      const cont = columns && table && row[0]!.x >= columns[1]! - 1;
      const starts = columns && table && !cont && ROW_START.test(row[0]!.text.trim());
      if (columns && table && (cont || starts)) {
        const cells = columns.map(() => "");
        for (const it of row) {
          const c = columns.reduce((best, x, k) => (it.x >= x - 2 ? k : best), 0);
          cells[c] = cells[c] ? `${cells[c]} ${it.text.trim()}` : it.text.trim();
        }
        const last = table.rows.at(-1)!;
        // A line with nothing in the first column continues the row above (a cell's wrapped lines).
        const part = /^[-+•]\s/.test(cells[1] ?? "") && !cells[0];
        if (cont && !part && table.rows.length > 1) cells.forEach((t, k) => t && (last[k]!.text = last[k]!.text ? `${last[k]!.text}\n${t}` : t));
        else {
          table.rows.push(cells.map((t) => ({ text: t })));
          table.rowWhere!.push(where);
        }
        continue;
      }
      columns = undefined;
      table = undefined;
      blocks.push({ kind: "para", text, where });
    }
  }
  if (chars < 20) throw new NoTextLayerError("no text layer");
  return { lines, blocks };
}

/** Column starts from the header's words (a spanning title and the titles under it), and the header cells. */
function setHeader(table: Extract<DocBlock, { kind: "table" }>, items: Item[]): number[] {
  const xs = [...new Set(items.map((i) => Math.round(i.x)))].sort((a, b) => a - b).filter((x, i, all) => i === 0 || x - all[i - 1]! > 2);
  const cells = xs.map(() => "");
  const ordered = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const it of ordered) {
    const c = xs.reduce((best, x, k) => (it.x >= x - 2 ? k : best), 0);
    cells[c] = cells[c] ? `${cells[c]} ${it.text.trim()}` : it.text.trim();
  }
  table.rows[0] = cells.map((text) => ({ text }));
  return xs;
}
