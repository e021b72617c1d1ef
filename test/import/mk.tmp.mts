import { writeFileSync } from "node:fs";
import { makeDocx } from "./make-docx.js";
import { secondPlanDocument } from "./second-plan.js";
writeFileSync("/tmp/h14/ke-hoach-cchc-2026.docx", await makeDocx(secondPlanDocument()));
