import { phraseSet } from "./normalise.js";

const stripCache = new WeakMap<readonly string[], RegExp>();

/** Removes whole phrases (longest first) from folded text, with one regular expression per phrase list. */
export function stripPhrases(folded: string, phrases: readonly string[]): string {
  let re = stripCache.get(phrases);
  if (!re) {
    const alternatives = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = new RegExp(`(?<=^| )(?:${alternatives.join("|") || "(?!)"})(?= |$)`, "g");
    stripCache.set(phrases, re);
  }
  return folded.replace(re, " ").replace(/\s+/g, " ").trim();
}

/** What a table of short forms says a text contains: "cqdt" → "chinh quyen dien tu", "data warehouse" → "kho dữ liệu". */
export function expansions(folded: string, table: readonly (readonly [string, string])[]): string[] {
  return expansionsIn(phraseSet(folded), table);
}

/** The same, for a text whose `phraseSet` the caller already has. */
export function expansionsIn(grams: ReadonlySet<string>, table: readonly (readonly [string, string])[]): string[] {
  return table.filter(([short]) => grams.has(short)).map(([, long]) => long);
}
