// `npm start` / `npm run bot`: runs the compiled dist/<entry>.js, building it first when src/ changed since.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildDist, DIST, ENTRIES, isStale } from "./build.mjs";

const [entry, ...args] = process.argv.slice(2);
if (!ENTRIES.includes(entry)) {
  process.stderr.write(`usage: node scripts/run.mjs ${ENTRIES.join("|")} [args]\n`);
  process.exit(2);
}
if (isStale()) await buildDist();
const file = join(DIST, `${entry}.js`);
// The entry sees the same argv as `node dist/<entry>.js args` would give it.
process.argv = [process.argv[0], file, ...args];
await import(pathToFileURL(file).href);
