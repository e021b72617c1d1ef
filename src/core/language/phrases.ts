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
  const grams = phraseSet(folded);
  return table.filter(([short]) => grams.has(short)).map(([, long]) => long);
}
