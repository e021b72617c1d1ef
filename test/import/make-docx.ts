import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from "docx";

/** A cell of a test document: its lines, and whether it starts or continues a merge. */
export interface Cell {
  text: string;
  span?: number;
  merge?: "start" | "continue";
  /** Centred in its cell, as group titles often are (a PDF then has the text in the middle of the row). */
  center?: boolean;
}
export type Row = (string | Cell)[];
export type Block = string | { table: Row[] };

const cellOf = (c: string | Cell) => (typeof c === "string" ? { text: c } : c);

/** Writes paragraphs and tables as a real .docx with the `docx` library (Word's own merges: gridSpan, vMerge). */
export async function makeDocx(blocks: Block[]): Promise<Buffer> {
  const children = blocks.map((b) =>
    typeof b === "string"
      ? new Paragraph(b)
      : new Table({
          rows: b.table.map(
            (row) =>
              new TableRow({
                children: row.map((raw) => {
                  const c = cellOf(raw);
                  return new TableCell({
                    children: (c.merge === "continue" ? [""] : c.text.split("\n")).map((line) => new Paragraph({ text: line, ...(c.center ? { alignment: AlignmentType.CENTER } : {}) })),
                    ...(c.span ? { columnSpan: c.span } : {}),
                    ...(c.merge ? { verticalMerge: c.merge === "start" ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
                  });
                }),
              }),
          ),
        }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The same document as pasted text: paragraphs, and tables in Markdown (a merged cell's rows below its first say "〃"). */
export function makeMarkdown(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (typeof b === "string") return b;
      const width = Math.max(...b.table.map((r) => r.reduce((n, c) => n + (cellOf(c).span ?? 1), 0)));
      const lines = b.table.map((row) => {
        const cells = row.flatMap((raw) => {
          const c = cellOf(raw);
          const text = c.merge === "continue" ? "〃" : c.text.replace(/\n/g, "<br>");
          return [text, ...Array.from({ length: (c.span ?? 1) - 1 }, () => "")];
        });
        return `| ${cells.join(" | ")} |`;
      });
      lines.splice(1, 0, `|${" --- |".repeat(width)}`);
      return lines.join("\n");
    })
    .join("\n\n");
}
