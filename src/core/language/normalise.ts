const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const QUI = /\bqui\b/;

/**
 * Folds text for matching: NFC first (so precomposed and combining input agree), then lower case,
 * diacritics removed, đ→d, "&" read as "và", punctuation to spaces. "Sở TT&TT" and "so tt va tt"
 * fold to the same string; so do "quý" and "quí" once spelling variants are applied.
 */
export function fold(text: string): string {
  // Already folded (lower-case letters and digits, single spaces, no «qui»): every step below leaves it as it is.
  if (PLAIN.test(text) && !QUI.test(text)) return text;
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s*&\s*/g, " va ")
    .replace(/[^a-z0-9.%#/+\s-]/g, " ")
    .replace(/(^|\s)[-.]+|[-.]+(?=\s|$)/g, " ")
    .replace(/\bqui\b/g, "quy")
    .replace(/\s+/g, " ")
    .trim();
}

/** Removes control characters (but keeps newlines and tabs) and caps the length the bot reads. */
export function sanitise(text: string, max = 2000): string {
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, " ");
  return clean.length > max ? clean.slice(0, max) : clean;
}

/** True when the text has any letter or digit at all (emoji-only and punctuation-only text has none). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

export function hasVietnameseMarks(text: string): boolean {
  return /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i.test(text.normalize("NFC"));
}

/** Word tokens of folded text. */
export function words(folded: string): string[] {
  return folded.split(" ").filter(Boolean);
}

/** True when `phrase` (folded) occurs in `folded` on word boundaries. */
export function containsPhrase(folded: string, phrase: string): boolean {
  if (!phrase) return false;
  let i = folded.indexOf(phrase);
  while (i >= 0) {
    const before = i === 0 ? " " : folded[i - 1];
    const after = folded[i + phrase.length] ?? " ";
    if (!/[a-z0-9]/.test(before ?? " ") && !/[a-z0-9]/.test(after)) return true;
    i = folded.indexOf(phrase, i + 1);
  }
  return false;
}

/** A phrase as its words only: the key `phraseSet` is looked up with ("e-government" → "e government"). */
export function phraseKey(folded: string): string {
  return folded
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(" ");
}

/**
 * Every run of up to `max` words of a folded text, so checking hundreds of cue phrases is a set lookup
 * each instead of a scan of the text each. Same boundaries as `containsPhrase`: any non-letter/digit.
 */
export function phraseSet(folded: string, max = 12): Set<string> {
  const w = folded.split(/[^a-z0-9]+/).filter(Boolean);
  const set = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    let gram = w[i]!;
    set.add(gram);
    for (let n = 1; n < max && i + n < w.length; n++) set.add((gram = `${gram} ${w[i + n]}`));
  }
  return set;
}

/**
 * Masks each word of `written` the folded text has where the typed text has none of its spellings: in a message
 * typed with diacritics, «dạng» folds to "dang" but is not «đang», «đất» is not «đạt».
 */
function withoutMisspelt(folded: string, original: string, written: Record<string, string[]>): string {
  const typed = ` ${original
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  let out = folded;
  for (const [word, spellings] of Object.entries(written)) {
    if (containsPhrase(out, word) && !spellings.some((w) => typed.includes(` ${w.normalize("NFC")} `))) out = ` ${out} `.replaceAll(` ${word} `, " _ ").trim();
  }
  return out;
}

/** Folded text with the words typed otherwise masked (see `withoutMisspelt`); as folded when typed without diacritics. */
export function asTyped(folded: string, original: string, written: Record<string, string[]> = {}): string {
  return hasVietnameseMarks(original) ? withoutMisspelt(folded, original, written) : folded;
}
