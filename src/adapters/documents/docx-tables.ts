import JSZip from "jszip";
import type { DocCell } from "../../core/plan/import/document.js";
import { ancestor, descendants, parseXml, type XmlNode as Element } from "./xml-tree.js";

/**
 * The tables of a .docx read from its XML by grid position, in document order (top-level tables only).
 * mammoth drops a row's w:gridBefore (cells skipped at the start of a row), so the row's cells slide one
 * column to the left, and it gives up on vertical merges when a row holds anything but cells (a content
 * control, a bookmark); here every cell is placed on the table's grid by gridBefore, gridSpan and vMerge.
 */
export async function docxTables(bytes: Buffer): Promise<DocCell[][][]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (!xml) return [];
  const tables = descendants(parseXml(xml), "w:tbl").filter((t) => !ancestor(t, "w:tbl"));
  return tables.map(readTable);
}

function readTable(table: Element): DocCell[][] {
  const rows = own(table, "w:tr", "w:tbl").filter((tr) => !first(first(tr, "w:trPr"), "w:del"));
  const starts = new Map<number, DocCell>();
  return rows.map((tr) => {
    const props = first(tr, "w:trPr");
    const before = Number(attr(first(props, "w:gridBefore"), "w:val") ?? 0);
    const out: DocCell[] = before > 0 ? [{ text: "", ...(before > 1 ? { colSpan: before } : {}) }] : [];
    let column = before;
    for (const tc of own(tr, "w:tc", "w:tr")) {
      const tcPr = first(tc, "w:tcPr");
      const span = Math.max(1, Number(attr(first(tcPr, "w:gridSpan"), "w:val") ?? 1));
      const vMerge = first(tcPr, "w:vMerge");
      const merge = vMerge ? (attr(vMerge, "w:val") === "restart" ? "restart" : "continue") : undefined;
      const above = starts.get(column);
      if (merge === "continue" && above) above.rowSpan = (above.rowSpan ?? 1) + 1;
      else {
        const cell: DocCell = { text: cellText(tc), ...(span > 1 ? { colSpan: span } : {}) };
        out.push(cell);
        for (let k = 0; k < span; k++) starts.delete(column + k);
        if (merge === "restart") starts.set(column, cell);
      }
      column += span;
    }
    return out;
  });
}

/** A cell's paragraphs, one line each; w:delText (deleted) and w:instrText (field codes) are not text. */
function cellText(tc: Element): string {
  return descendants(tc, "w:p")
    .filter((p) => ancestor(p, "w:tc") === tc)
    .map((p) => {
      let text = "";
      const walk = (node: Element) => {
        for (const child of node.children) {
          if (child.name === "w:t") text += child.text;
          else if (child.name === "w:tab") text += " ";
          else if (child.name === "w:br" || child.name === "w:cr") text += "\n";
          else if (child.name !== "w:del" && child.name !== "w:tbl") walk(child);
        }
      };
      walk(p);
      return text;
    })
    .join("\n")
    .trim();
}

/** Elements of a table or row, also those a content control (w:sdt) wraps, but not a nested table's. */
const own = (node: Element, name: string, boundary: string): Element[] => descendants(node, name).filter((e) => ancestor(e, boundary) === node);
const first = (node: Element | undefined, name: string): Element | undefined => node?.children.find((c) => c.name === name);
const attr = (node: Element | undefined, name: string): string | undefined => node?.attrs[name];
