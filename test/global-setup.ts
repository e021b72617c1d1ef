// Child-process tests run the compiled dist/ (what `npm start` runs), so it is built once here when src/ changed.
// @ts-expect-error: a plain .mjs script without type declarations.
import { buildDist, isStale } from "../scripts/build.mjs";

export default async function setup(): Promise<void> {
  if (isStale()) await buildDist({ quiet: true });
}
