import { readFileSync } from "node:fs";
import { basename } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { confirmationText, importPlanDocument } from "../adapters/documents/import-document.js";
import { str, UsageError, type Args } from "./common.js";

/** `bot import FILE [--out PLAN.json] [--json]`: what the document says, and the plan written only on --out. */
export async function importCommand(args: Args): Promise<number> {
  const file = args.positionals[0];
  if (!file) throw new UsageError("Usage: import FILE.docx|.pdf|.txt|.md [--out PLAN.json] [--json]");
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    process.stderr.write(`Không mở được tệp ${file}.\n`);
    return 1;
  }
  const name = basename(file);
  const result = await importPlanDocument(bytes, name);
  if (!result.plan) {
    if (args.values.json) process.stdout.write(`${JSON.stringify({ ok: false, error: result.error, issues: result.issues }, null, 2)}\n`);
    process.stderr.write(`${result.error}\n`);
    return 1;
  }
  const out = str(args, "out");
  // Temp file then rename: a reader of PLAN.json never sees half a plan.
  if (out) await writeFileAtomic(out, `${JSON.stringify(result.plan, null, 2)}\n`);
  if (args.values.json) {
    process.stdout.write(
      `${JSON.stringify({ ok: true, file: name, written: out ?? null, summary: result.summary, issues: result.issues, plan: { id: result.plan.id, title: result.plan.title, year: result.plan.year, province: result.plan.province, decision: result.plan.decision } }, null, 2)}\n`,
    );
  } else process.stdout.write(`${confirmationText(result, name, { written: out })}\n`);
  return 0;
}
