import type { AgencyMatcher } from "./agency-names.js";
import type { DocBlock, DocTable } from "./document.js";
import { readFlatAppendix } from "./flat-table.js";
import type { ImportIssue } from "./result.js";
import type { FlatAppendix } from "./text-blocks.js";

const APPENDIX = /^(?:PHỤ LỤC|Phụ lục)\s*(\d+|[IVX]+)?/u;

export interface FoundTable {
  table: DocTable;
  part: string | undefined;
  heading: string;
}

/** Tables in order, each with the appendix heading above it ("Phụ lục 2") and that heading's next line. */
export function collectTables(input: { blocks: DocBlock[]; flat?: FlatAppendix[] }, matcher: AgencyMatcher): FoundTable[] {
  const out: FoundTable[] = [];
  let part: string | undefined;
  let heading = "";
  input.blocks.forEach((b, i) => {
    if (b.kind === "para") {
      const m = APPENDIX.exec(b.text.trim());
      if (m) {
        part = `Phụ lục ${m[1] ?? ""}`.trim();
        const next = input.blocks[i + 1];
        heading = `${b.text} ${next?.kind === "para" ? next.text : ""}`;
      }
      return;
    }
    out.push({ table: b, part, heading });
  });
  for (const a of input.flat ?? []) {
    const table = readFlatAppendix(a, matcher);
    const m = APPENDIX.exec(a.heading);
    if (table) out.push({ table, part: `Phụ lục ${m?.[1] ?? ""}`.trim(), heading: `${a.heading} ${a.lines[0]?.text ?? ""}` });
  }
  return out;
}

export function addUnique<T extends { id: string }>(into: T[], rows: T[], issues: ImportIssue[], where: string): void {
  for (const r of rows) {
    if (into.some((x) => x.id === r.id)) issues.push({ where, field: "id", text: r.id, code: "skipped", problem: "số thứ tự đã có ở bảng trước, dòng này bị bỏ qua" });
    else into.push(r);
  }
}
