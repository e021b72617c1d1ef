import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { buildPlan } from "../../core/plan/import/build-plan.js";
import type { DocBlock } from "../../core/plan/import/document.js";
import { failed, type ImportResult } from "../../core/plan/import/result.js";
import { readText, type FlatAppendix } from "../../core/plan/import/text-blocks.js";
import { agencySchema, type Agency } from "../../core/plan/schema.js";
import { ROOT } from "../plan-file.js";
import { readDocx } from "./read-docx.js";
import { NoTextLayerError, readPdf } from "./read-pdf.js";

export type { ImportIssue, ImportResult, ImportSummary } from "../../core/plan/import/result.js";
export { confirmationText } from "../../core/plan/import/confirmation.js";

export const LEXICON_FILE = join(ROOT, "seeds/agency-lexicon.json");
let lexicon: Agency[] | undefined;

/** The agency names the importer knows (a data file: pre- and post-2025 names, collectives, levels). */
export function loadLexicon(path = LEXICON_FILE): Agency[] {
  if (path === LEXICON_FILE && lexicon) return lexicon;
  const list = z.array(agencySchema).parse(JSON.parse(readFileSync(path, "utf8")));
  if (path === LEXICON_FILE) lexicon = list;
  return list;
}

/**
 * A province's plan from its .docx, .pdf (with a text layer), .txt or .md, as a schema-valid plan with the
 * rows that need a look. Never throws: an unreadable file comes back with `error` (one Vietnamese sentence).
 */
export async function importPlanDocument(bytes: Buffer, fileName: string): Promise<ImportResult> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  let blocks: DocBlock[];
  let flat: FlatAppendix[] | undefined;
  try {
    if (ext === "docx") {
      if (bytes.subarray(0, 2).toString("latin1") !== "PK") return failed(`Tệp ${fileName} không phải là tệp Word (.docx) đọc được.`);
      blocks = await readDocx(bytes);
    } else if (ext === "pdf") {
      if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") return failed(`Tệp ${fileName} không phải là tệp PDF đọc được.`);
      const pdf = await readPdf(bytes);
      if (pdf.blocks.some((b) => b.kind === "table")) blocks = pdf.blocks;
      else ({ blocks, flat } = readText(pdf.lines.map((l) => l.text).join("\n")));
    } else if (ext === "txt" || ext === "md" || ext === "text" || ext === "markdown") {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      ({ blocks, flat } = readText(text));
    } else if (ext === "doc") {
      return failed(`Tệp ${fileName} là định dạng Word cũ (.doc); hãy lưu lại thành .docx rồi gửi lại.`);
    } else {
      return failed(`Chưa đọc được loại tệp của ${fileName}; hãy gửi tệp .docx, .pdf, .txt hoặc .md.`);
    }
  } catch (error) {
    if (error instanceof NoTextLayerError) return failed(`Tệp ${fileName} là bản scan không có lớp chữ, nên không đọc được nội dung; hãy gửi bản Word hoặc PDF xuất từ Word.`);
    if (error instanceof TypeError && ext !== "pdf" && ext !== "docx") return failed(`Tệp ${fileName} không phải văn bản UTF-8 đọc được.`);
    return failed(`Không đọc được tệp ${fileName} (tệp hỏng hoặc sai định dạng).`);
  }
  if (!blocks.some((b) => (b.kind === "para" ? b.text.trim() : true))) return failed(`Tệp ${fileName} không có nội dung chữ nào.`);
  return buildPlan({ blocks, flat, lexicon: loadLexicon(), fileName });
}
