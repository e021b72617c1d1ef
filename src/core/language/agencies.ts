import type { Agency } from "../plan/schema.js";
import { editDistance } from "./edit-distance.js";
import { containsPhrase, fold, hasVietnameseMarks } from "./normalise.js";

export interface AgencyMatch {
  /** Agency ids in the order they appear. */
  ids: string[];
  /** The folded phrases that named them, so search can tell agency words from topic words. */
  spans: string[];
  /** A "Sở …" (or similar) the plan does not know, with the closest known agencies. */
  unknown?: { span: string; suggestions: string[] };
}

/** Words of agency names in questions (intents/vocabulary/agency-words.json). */
export interface AgencyWords {
  /** Folded words that start an agency name, with their diacritics ("so" → "sở"). */
  heads: Record<string, string>;
  unknownHeads: string[];
  twoWordHeads: string[];
  notNames: string[];
  nameEnd: string[];
}
const NO_WORDS: AgencyWords = { heads: {}, unknownHeads: [], twoWordHeads: [], notNames: [], nameEnd: [] };

export interface AgencyMatcher {
  /** `text` is the message as typed: with diacritics, "Sở" is told apart from "số" and "sơ". */
  match(folded: string, text?: string): AgencyMatch;
}

/** True when the message writes the agency word with its own diacritics right before `next` ("Sở Xây dựng"). */
function headAsTyped(text: string, marked: string, next: string): boolean {
  const words = text
    .normalize("NFC")
    .toLowerCase()
    .split(/[\s,.;:!?()]+/)
    .filter(Boolean);
  const headWords = marked.split(" ");
  for (let i = 0; i + headWords.length < words.length; i++) {
    if (headWords.every((w, k) => words[i + k] === w) && fold(words[i + headWords.length]!) === next) return true;
  }
  return false;
}

/**
 * Word pairs the plan writes with a head word spelt otherwise ("công nghệ số", not "Sở"): "nghe so" is no
 * agency. A pair the plan also writes with the head's own spelling is left out.
 */
function otherSpellings(written: string, words: AgencyWords): Set<string> {
  const other = new Set<string>();
  const own = new Set<string>();
  const tokens = written
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const head = fold(tokens[i]!);
    const spelt = words.heads[head];
    if (!spelt || spelt.includes(" ")) continue;
    const into = tokens[i] === spelt ? own : other;
    if (i > 0) into.add(`${fold(tokens[i - 1]!)} ${head}`);
  }
  for (const pair of own) other.delete(pair);
  return other;
}

/**
 * `planText`: the plan's own folded wording, so "so hoa" (số hóa) or "chi so" (chỉ số) is never read as a "Sở";
 * `written`: its text as written, with diacritics, for the pairs where a head word is another word ("công nghệ số").
 */
export function createAgencyMatcher(agencies: readonly Agency[], planText = "", words: AgencyWords = NO_WORDS, written = ""): AgencyMatcher {
  const heads = Object.keys(words.heads).sort((a, b) => b.length - a.length);
  const headRe = heads.length ? new RegExp(`(?:^|\\s)(${heads.join("|")})\\s([a-z]+(?:\\s[a-z]+){0,3})`, "g") : undefined;
  const nameEnd = new Set(words.nameEnd);
  const paddedPlan = ` ${planText} `;
  const planPairs = new Set<string>();
  const planWords = planText.split(" ");
  planWords.forEach((w, i) => planWords[i + 1] && planPairs.add(`${w} ${planWords[i + 1]}`));
  for (const pair of otherSpellings(written, words)) planPairs.add(pair);
  const phrases: { phrase: string; id: string }[] = [];
  for (const a of agencies) {
    for (const p of new Set([a.name, ...a.aliases, ...(a.en ? [a.en] : [])].map(fold))) {
      // One-word aliases must be distinctive (STP, SNV), not everyday words.
      if (p.length >= 2) phrases.push({ phrase: p, id: a.id });
    }
  }
  phrases.sort((a, b) => b.phrase.length - a.phrase.length);
  // A phrase can only be found where its first two letters are: each message's letter pairs pick the few
  // phrases worth trying, instead of every name and alias being searched for in every message.
  const pairOf = (text: string, i: number) => text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
  const byOpening = new Map<number, number[]>();
  phrases.forEach(({ phrase }, i) => byOpening.set(pairOf(phrase, 0), [...(byOpening.get(pairOf(phrase, 0)) ?? []), i]));
  /** Indexes into `phrases` (in its order) of those whose opening pair occurs in `text`. */
  const candidates = (text: string): number[] => {
    const on = new Uint8Array(phrases.length);
    for (let i = 0; i + 1 < text.length; i++) for (const k of byOpening.get(pairOf(text, i)) ?? []) on[k] = 1;
    const out: number[] = [];
    for (let k = 0; k < on.length; k++) if (on[k]) out.push(k);
    return out;
  };
  const names = agencies.filter((a) => a.kind !== "collective").map((a) => ({ id: a.id, words: fold(a.name).split(" ") }));

  return {
    match(folded, text = folded) {
      let rest = ` ${folded} `;
      const found: { id: string; at: number }[] = [];
      const spans: string[] = [];
      // Blanking a found span never makes another phrase appear (phrases have single inner spaces), so the
      // candidates read from the message as typed are all that can match.
      for (const i of candidates(rest)) {
        const { phrase, id } = phrases[i]!;
        if (!containsPhrase(rest, phrase)) continue;
        const at = rest.indexOf(` ${phrase}`) >= 0 ? rest.indexOf(` ${phrase}`) : rest.indexOf(phrase);
        if (!found.some((f) => f.id === id)) found.push({ id, at });
        spans.push(phrase);
        // Blank the span so "Sở Thông tin và Truyền thông" does not also yield "Thông tin".
        rest = rest.split(phrase).join(" ".repeat(phrase.length));
      }
      found.sort((a, b) => a.at - b.at);
      const result: AgencyMatch = { ids: found.map((f) => f.id), spans };
      const marked = hasVietnameseMarks(text);
      if (found.length === 0 && headRe) {
        for (const m of rest.matchAll(headRe)) {
          const tail = m[2]!.split(" ");
          const before =
            rest
              .slice(0, m.index + (m[0].startsWith(" ") ? 1 : 0))
              .trim()
              .split(" ")
              .pop() ?? "";
          const opening = ` ${[m[1], ...tail.slice(0, 2)].join(" ")} `;
          // With diacritics the word itself says whether it is "Sở" (not "số", "sơ", "cơ sở"'s "sở" after "cơ");
          // without them, skip spans the plan itself writes ("số hóa", "chỉ số").
          if (marked ? !headAsTyped(text, words.heads[m[1]!] ?? m[1]!, tail[0]!) || before === "co" : paddedPlan.includes(opening) || planPairs.has(`${before} ${m[1]}`)) continue;
          const cut = tail.findIndex((w) => nameEnd.has(w));
          const nameWords = cut < 0 ? tail : tail.slice(0, cut);
          if (nameWords.length === 0 || (words.twoWordHeads.includes(m[1]!) && nameWords.length < 2) || words.notNames.includes(`${m[1]} ${nameWords[0]}`)) continue;
          const span = [m[1]!, ...nameWords].join(" ");
          const close = closest(span, names);
          if (close.best && close.best.score >= 0.8) {
            result.ids.push(close.best.id);
            result.spans.push(span);
          } else if (words.unknownHeads.includes(m[1]!)) result.unknown = { span, suggestions: close.ranked.slice(0, 3) };
          break;
        }
      }
      return result;
    },
  };
}

/** Word-level similarity: each word of the span matched to a name word within one edit. */
function closest(span: string, names: { id: string; words: string[] }[]) {
  const spanWords = span.split(" ");
  const scored = names
    .map((n) => {
      const hits = spanWords.filter((w) => n.words.some((nw) => nearlyEqual(w, nw))).length;
      // "Sở Thôn tin" (a typo, cut short by the question) is Sở Thông tin và Truyền thông: judge by the words typed,
      // as long as they are more than the head word and cover a good part of the name.
      const typed = hits / spanWords.length;
      const name = hits / n.words.length;
      return { id: n.id, score: hits >= 3 && name >= 0.45 ? typed : hits / Math.max(spanWords.length, n.words.length) };
    })
    .sort((a, b) => b.score - a.score);
  return { best: scored[0], ranked: scored.filter((s) => s.score > 0).map((s) => s.id) };
}

function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  // One slip in a word of three letters or more ("Nộ vụ", "Tư páp"); shorter words must be exact.
  if (Math.abs(a.length - b.length) > 1 || Math.max(a.length, b.length) < 3 || Math.min(a.length, b.length) < 2) return false;
  return editDistance(a, b) <= 1;
}
