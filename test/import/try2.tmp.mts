import { importPlanDocument } from "../../src/adapters/documents/import-document.js";
import { makeDocx, makeMarkdown } from "./make-docx.js";
import { makePdf } from "./make-pdf.js";
import { secondPlanDocument, SECOND_EXPECTED } from "./second-plan.js";
import { fieldAccuracy } from "./compare.js";
import { confirmationText } from "../../src/core/plan/import/confirmation.js";
const doc = secondPlanDocument();
for (const [name, bytes] of [["hoa-son.docx", await makeDocx(doc)], ["hoa-son.md", Buffer.from(makeMarkdown(doc))], ["hoa-son.pdf", await makePdf(doc, [[30, 250, 150, 150, 200], [30, 220, 140, 110, 130, 150]])]] as const) {
  const r = await importPlanDocument(bytes as Buffer, name);
  if (!r.plan) { console.log(name, r.error); continue; }
  const a = fieldAccuracy(SECOND_EXPECTED, r.plan);
  console.log(name, a.right, a.total, a.ratio.toFixed(3), a.wrong.slice(0, 12));
  console.log(confirmationText(r, name));
  if (name.endsWith("docx")) console.log(JSON.stringify({ sections: r.plan.sections, passages: r.plan.passages?.map(p=>[p.id,p.ref,p.section,p.responsible]), tg: r.plan.targetGroups, g: r.plan.taskGroups, id: r.plan.id, d: r.plan.decision, i: r.plan.issuedBy }));
}
