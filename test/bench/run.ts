// npm run bench: the rule-based core, the store's write cost, and the Slack HTTP path, in one run.
import { language, plan } from "../helpers/bot.js";
import { kFoldAccuracy } from "../helpers/intent-kfold.js";
import { coreBench } from "./core-bench.js";
import { reportBench } from "./report-bench.js";
import { slackBench } from "./slack-bench.js";
import { startupBench } from "./startup-bench.js";
import { storeBench } from "./store-bench.js";

const trainStart = performance.now();
const { createAnswerer } = await import("../../src/core/intents/answer.js");
createAnswerer(plan, language);
const trainMs = performance.now() - trainStart;
const folds = kFoldAccuracy(plan, language);
console.log("\n0. Intents: classifier trained at start-up from the examples in intents/*.json");
console.table([
  {
    examples: language.intents.reduce((n, i) => n + i.examples.length, 0),
    intents: language.intents.length,
    "5-fold accuracy": `${(folds.accuracy * 100).toFixed(1)}% (${folds.total} held out)`,
    "training ms": trainMs.toFixed(0),
  },
]);

const core = await coreBench();
console.log("\n1. Core: answers to a mixed question set, classifier included (after warm-up, one core)");
console.table([
  {
    questions: core.questions,
    "questions/s": core.perSecond,
    "p50 ms": core.p50.toFixed(3),
    "p99 ms": core.p99.toFixed(3),
    "CPU ms/question": core.cpuPerQuestionMs.toFixed(3),
  },
]);

console.log("\n2. A progress report through bot.handle (file store on disk, as the CLI composes it), then a status question, with 1k / 10k / 50k reports stored, ms");
console.table(await reportBench());

console.log("\n2b. Store alone: one record appended as the history grows (journal append + fdatasync), ms");
console.table(await storeBench());

console.log("\n3. Slack HTTP mode: signed events on loopback, our app vs a bare Bolt app that posts a plain reply");
console.table(await slackBench());

console.log("\n4. Start-up: the compiled terminal chat and a one-shot `bot ask`, fresh process and data directory each run");
console.table(await startupBench());
process.exit(0);
