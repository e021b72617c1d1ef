import mammoth from "mammoth";
import type { DocBlock, DocCell } from "../../core/plan/import/document.js";
import { docxTables } from "./docx-tables.js";

/**
 * A .docx as paragraphs and tables: the text through mammoth's HTML, the tables' cells placed on their
 * grid from the document's XML (see docx-tables.ts) whenever both find the same tables.
 */
export async function readDocx(bytes: Buffer): Promise<DocBlock[]> {
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  const blocks = htmlBlocks(html);
  const grids = await docxTables(bytes).catch(() => []);
  const tables = blocks.filter((b): b is Extract<DocBlock, { kind: "table" }> => b.kind === "table");
  if (grids.length === tables.length) tables.forEach((t, i) => (t.rows = grids[i]!));
  return blocks;
}

const decode = (s: string) =>
  s
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** mammoth writes a small, regular HTML: top-level <p>/<h*>/<ul>/<table>, tables one level deep per cell. */
export function htmlBlocks(html: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let paras = 0;
  let tables = 0;
  const top = /<table>([\s\S]*?)<\/table>|<(p|h[1-6]|li)(?:\s[^>]*)?>([\s\S]*?)<\/\2>/g;
  for (const m of html.matchAll(top)) {
    if (m[1] !== undefined) {
      tables++;
      const rows: DocCell[][] = [];
      for (const tr of m[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
        const cells: DocCell[] = [];
        for (const td of tr[1]!.matchAll(/<t[dh]((?:\s[^>]*)?)>([\s\S]*?)<\/t[dh]>/g)) {
          const attrs = td[1] ?? "";
          // Lines of a cell: its paragraphs and list items ("- Ban hành Kế hoạch: Quý I" as a Word bullet).
          const text = [...td[2]!.matchAll(/<(p|li)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g)].map((p) => decode(p[2]!)).join("\n") || decode(td[2]!);
          const colSpan = Number(/colspan="(\d+)"/.exec(attrs)?.[1] ?? 1);
          const rowSpan = Number(/rowspan="(\d+)"/.exec(attrs)?.[1] ?? 1);
          cells.push({ text, ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) });
        }
        rows.push(cells);
      }
      blocks.push({ kind: "table", rows, where: `bảng ${tables}` });
    } else {
      const text = decode(m[3]!).trim();
      if (text) blocks.push({ kind: "para", text, where: `đoạn ${++paras}` });
    }
  }
  return blocks;
}
