import type { Section } from "../plan/schema.js";
import { containsPhrase, fold } from "./normalise.js";

export interface SectionMention {
  /** A place in the body written out: "mục V.2" → "V.2", "xem III.3.a" → "III.3.a" (not checked against the plan). */
  ref?: string;
  /** Headings named by their words ("kinh phí" → "IV"), the most specific first. */
  sections: string[];
}

export interface SectionReader {
  read(text: string, folded: string): SectionMention;
}

// "mục V.2", "muc iii.3.a", "phần IV", "section V.4"; without a keyword only the written form "V.2" / "III.3.đ".
const KEYWORD_REF = /(?:^|[^\p{L}\p{N}])(?:mục|muc|phần|phan|section|part)\s+([ivx]+(?:\.\d{1,2})?(?:\.[a-zđ])?)(?![\p{L}\p{N}])/iu;
const BARE_REF = /(?:^|[^\p{L}\p{N}.])([IVX]+\.\d{1,2}(?:\.[a-zđ])?)(?![\p{L}\p{N}])/u;

const BASES_REF = /(?:^|[^\p{L}\p{N}])(?:mục|muc|phần|phan)\s+(?:căn cứ|can cu)(?![\p{L}\p{N}])/iu;

export function readSectionRef(text: string): string | undefined {
  const nfc = text.normalize("NFC");
  if (BASES_REF.test(nfc)) return "CC";
  const m = KEYWORD_REF.exec(nfc) ?? BARE_REF.exec(nfc);
  if (!m) return undefined;
  const [roman, ...rest] = m[1]!.split(".");
  return [roman!.toUpperCase(), ...rest.map((r) => r.toLowerCase())].join(".");
}

export function createSectionReader(sections: readonly Section[]): SectionReader {
  const aliases = sections.flatMap((s) => s.aliases.map((a) => ({ id: s.id, phrase: fold(a) })));
  return {
    read(text, folded) {
      const hits = aliases.filter((a) => containsPhrase(folded, a.phrase));
      // "mục đích, yêu cầu" names Mục I, not also its point "mục đích"; a named part covers its points.
      const kept = hits.filter((h) => !hits.some((o) => o.phrase.length > h.phrase.length && o.phrase.includes(h.phrase)));
      const ids = [...new Set(kept.map((h) => h.id))];
      return { ref: readSectionRef(text), sections: ids.filter((id) => !ids.some((o) => id.startsWith(`${o}.`))) };
    },
  };
}
