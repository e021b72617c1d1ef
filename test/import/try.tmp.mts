import { importPlanDocument } from "../../src/adapters/documents/import-document.js";
import { makeDocx, makeMarkdown } from "./make-docx.js";
import { makePdf } from "./make-pdf.js";
import { seedDocument, seedPlan } from "./seed-document.js";
import { fieldAccuracy } from "./compare.js";
import { confirmationText } from "../../src/core/plan/import/confirmation.js";
const doc = seedDocument();
for (const [name, bytes] of [["seed.docx", await makeDocx(doc)], ["seed.md", Buffer.from(makeMarkdown(doc))], ["seed.pdf", await makePdf(doc, [[30, 300, 80, 150, 220], [25, 210, 190, 110, 140, 90]])]] as const) {
  const r = await importPlanDocument(bytes as Buffer, name);
  if (!r.plan) { console.log(name, r.error); continue; }
  const a = fieldAccuracy(seedPlan(), r.plan);
  console.log(name, a.right, a.total, a.ratio.toFixed(3), a.wrong.slice(0, 12));
  console.log(confirmationText(r, name, { maxIssues: 8 }));
}
