import { existsSync, readFileSync } from "node:fs";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont } from "pdf-lib";
import type { Block, Cell, Row } from "./make-docx.js";

export const PDF_FONT = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf"].find(existsSync);

const SIZE = 7;
const LINE = 9;

/** A PDF with a real text layer (DejaVu Sans for Vietnamese): paragraphs, and tables drawn in columns with wrapped cells. */
export async function makePdf(blocks: Block[], widths: number[][]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(PDF_FONT!), { subset: true });
  let page = pdf.addPage([842, 595]);
  let y = 560;
  const newPage = () => {
    page = pdf.addPage([842, 595]);
    y = 560;
  };
  let tableNo = 0;
  for (const b of blocks) {
    if (typeof b === "string") {
      for (const line of wrap(b, font, 760)) {
        if (y < 40) newPage();
        page.drawText(line, { x: 40, y, size: SIZE, font });
        y -= LINE;
      }
      continue;
    }
    const cols = widths[tableNo++]!;
    const xs = cols.map((_, i) => 40 + cols.slice(0, i).reduce((a, w) => a + w, 0));
    // Header rows (a second one under a spanning title) are drawn again at the top of each page.
    const second = b.table[1]?.[0];
    const header = b.table.slice(0, typeof second === "object" && second.merge === "continue" ? 2 : 1);
    const drawRow = (row: Row): void => {
      const cells = spread(row, cols.length);
      const spans = spanWidths(row, cols);
      const wrapped = cells.map((c, i) => (c ? wrap(c, font, spans[i]! - 6) : []));
      const centred = centredCells(row, cols.length);
      const height = Math.max(1, ...wrapped.map((w) => w.length));
      for (let k = 0; k < height; k++) {
        if (y < 40) {
          newPage();
          if (!header.includes(row)) header.forEach(drawRow);
        }
        wrapped.forEach((w, i) => {
          if (!w[k]) return;
          const x = centred[i] ? xs[i]! + (spans[i]! - font.widthOfTextAtSize(w[k]!, SIZE)) / 2 : xs[i]!;
          page.drawText(w[k]!, { x, y, size: SIZE, font });
        });
        y -= LINE;
      }
      y -= 3;
    };
    for (const row of b.table) drawRow(row);
    y -= LINE;
  }
  return Buffer.from(await pdf.save());
}

/** Cells by column: a spanning cell's text in its first column, merged continuations left empty. */
function spread(row: Row, width: number): string[] {
  const out: string[] = [];
  for (const raw of row) {
    const c: Cell = typeof raw === "string" ? { text: raw } : raw;
    out.push(c.merge === "continue" ? "" : c.text);
    for (let i = 1; i < (c.span ?? 1); i++) out.push("");
  }
  while (out.length < width) out.push("");
  return out;
}

function centredCells(row: Row, width: number): boolean[] {
  const out: boolean[] = [];
  for (const raw of row) {
    const c: Cell = typeof raw === "string" ? { text: raw } : raw;
    out.push(Boolean(c.center));
    for (let i = 1; i < (c.span ?? 1); i++) out.push(false);
  }
  while (out.length < width) out.push(false);
  return out;
}

/** Each column's width, a spanning cell's first column taking the width of all it spans. */
function spanWidths(row: Row, cols: number[]): number[] {
  const out = [...cols];
  let i = 0;
  for (const raw of row) {
    const span = typeof raw === "string" ? 1 : (raw.span ?? 1);
    out[i] = cols.slice(i, i + span).reduce((a, w) => a + w, 0);
    i += span;
  }
  return out;
}

const widths = new Map<string, number>();
const measure = (font: PDFFont, word: string) => {
  let w = widths.get(word);
  if (w === undefined) widths.set(word, (w = font.widthOfTextAtSize(word, SIZE)));
  return w;
};

function wrap(text: string, font: PDFFont, width: number): string[] {
  const space = measure(font, " ");
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    let used = 0;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const w = measure(font, word);
      if (line && used + space + w > width) {
        out.push(line);
        [line, used] = [word, w];
      } else [line, used] = [line ? `${line} ${word}` : word, line ? used + space + w : w];
    }
    if (line) out.push(line);
  }
  return out;
}
