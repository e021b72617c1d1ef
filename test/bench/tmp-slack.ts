import { slackBench } from "./slack-bench.js";
console.table(await slackBench(Number(process.env.N ?? 400), 1));
process.exit(0);
