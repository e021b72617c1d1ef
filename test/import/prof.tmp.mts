import { makePdf } from "./make-pdf.js";
import { seedDocument } from "./seed-document.js";
import { readPdf } from "../../src/adapters/documents/read-pdf.js";
let t = Date.now();
const b = await makePdf(seedDocument(), [[30, 300, 80, 150, 220], [25, 210, 190, 110, 140, 90]]);
console.log("make", Date.now() - t, b.length); t = Date.now();
await readPdf(b); console.log("read", Date.now() - t);
