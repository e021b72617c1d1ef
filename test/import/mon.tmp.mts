import { readFileSync } from "node:fs";
import { importPlanDocument } from "../../src/adapters/documents/import-document.js";
import { makeDocx } from "./make-docx.js";
import { seedDocument, seedPlan } from "./seed-document.js";
const seed = seedPlan();
for (const [n, b] of [["docx", await makeDocx(seedDocument())], ["txt", readFileSync("../shared/seeds/000_8f0b8e3153e64b14.txt")]] as const) {
  const r = await importPlanDocument(b as Buffer, `seed.${n}`);
  let ok = 0, tot = 0; const bad: string[] = [];
  for (const t of seed.targets) { const g = r.plan!.targets.find((x) => x.id === t.id)!;
    for (const f of ["monitoring", "implementing"] as const) { tot++; if ([...t[f]].sort().join() === [...g[f]].sort().join()) ok++; else bad.push(`${t.id} ${f} ${t[f]} / ${g[f]}`); } }
  console.log(n, ok, tot, bad);
}
