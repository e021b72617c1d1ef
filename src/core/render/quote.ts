import { fold } from "../language/normalise.js";
import { readSectionRef } from "../language/sections.js";
import type { Lang } from "../message.js";
import type { Passage } from "../plan/schema.js";

const MAX = 220;
/** A passage this short is quoted whole. */
const WHOLE = 260;

/** Cuts on a word boundary, marking the cut. */
export function cut(text: string, max = MAX): string {
  if (text.length <= max) return text;
  const at = text.lastIndexOf(" ", max);
  return `${text.slice(0, at > max / 2 ? at : max).replace(/[,;:]$/, "")}…`;
}

/** Sentences and semicolon clauses, the units a quote is made of. */
function clauses(text: string): string[] {
  return text.split(/(?<=[.;])\s+/).filter(Boolean);
}

/** The essential sentence of a passage: its first sentence or clause, cut to a phone screen. */
export function essential(text: string, max = MAX): string {
  const first = clauses(text)[0] ?? text;
  return cut(first === text ? text : first.replace(/;$/, "…"), max);
}

/** A short passage whole, a long one by its essential sentence. */
export function quoteOf(text: string): string {
  return text.length <= WHOLE ? text : essential(text);
}

// Passages are the plan's text: their words are folded once, not on every question that quotes them. Bounded,
// in case texts that are no plan's pass through (a sweep empties it).
const FOLDED_LIMIT = 20_000;
const folded = new Map<string, string[]>();
function foldedWords(text: string): string[] {
  let ws = folded.get(text);
  if (!ws) {
    if (folded.size >= FOLDED_LIMIT) folded.clear();
    folded.set(text, (ws = fold(text).split(" ")));
  }
  return ws;
}
const ends = new Map<string, { w: string; end: number }[]>();
function wordEnds(text: string): { w: string; end: number }[] {
  let list = ends.get(text);
  if (!list) {
    if (ends.size >= FOLDED_LIMIT) ends.clear();
    ends.set(text, (list = [...text.matchAll(/\S+/g)].map((m) => ({ w: fold(m[0]), end: m.index! + m[0].length }))));
  }
  return list;
}

/** The clause that shares most words (and word pairs) with the question. */
export function bestClause(text: string, question: string, max = MAX): string {
  const asked = fold(question)
    .split(" ")
    .filter((w) => w.length > 1);
  const pairs = new Set(asked.slice(1).map((w, i) => `${asked[i]} ${w}`));
  const score = (c: string) => {
    const ws = foldedWords(c);
    const one = new Set(ws.filter((w) => asked.includes(w))).size;
    const two = ws.slice(1).filter((w, i) => pairs.has(`${ws[i]} ${w}`)).length;
    return one + 2 * two;
  };
  const list = clauses(text);
  // Each clause scored once; the first of the best wins, as before.
  const scores = list.map(score);
  let at = 0;
  for (let i = 1; i < list.length; i++) if (scores[i]! > scores[at]!) at = i;
  const best = list[at] ?? text;
  const lead = best === list[0] ? "" : "… ";
  return `${lead}${cut(best.replace(/;$/, "…"), Math.max(withFigures(best, max), reach(best, asked, max)))}`;
}

/**
 * What is asked usually follows the question's own words in the text ("báo cáo … và [Bộ Nội vụ]", "phối hợp
 * với [Đài …]"): a quote keeps going past the last pair of the question's words to the end of the phrase
 * after it, so it never stops just before the name or figure asked for.
 */
function reach(text: string, asked: readonly string[], max: number): number {
  if (text.length <= max) return max;
  const pairs = new Set(asked.slice(1).map((w, i) => `${asked[i]} ${w}`));
  const words = wordEnds(text);
  let last = -1;
  for (let i = 1; i < words.length; i++) if (pairs.has(`${words[i - 1]!.w} ${words[i]!.w}`)) last = words[i]!.end;
  if (last < 0 || last + 20 <= max - 60) return max;
  // The phrase after the match: up to its next comma or full stop, and at least a few words.
  const after = text.slice(last);
  const stop = after.slice(25).search(/[,;.]/);
  const end = last + (stop < 0 ? after.length : 25 + stop + 1);
  return Math.min(text.length, Math.max(max, Math.min(end, last + 200)));
}

/**
 * A quote that stops on a figure stops short of what was asked: when the kept part has a figure
 * ("60 - 70%") and another follows soon ("30 - 40%"), keep going to the end of that one's phrase.
 */
function withFigures(text: string, max: number): number {
  if (text.length <= max) return max;
  const figure = /\d+(?:[.,]\d+)?\s?(?:-\s?\d+(?:[.,]\d+)?\s?)?%/g;
  const kept = text.slice(0, max);
  if (!figure.test(kept)) return max;
  figure.lastIndex = 0;
  const next = [...text.matchAll(figure)].find((m) => m.index! + m[0].length > max && m.index! < max + 160);
  if (!next) return max;
  const end = text.slice(next.index! + next[0].length).search(/[,;.]/);
  return end < 0 ? text.length : Math.min(text.length, next.index! + next[0].length + end + 1);
}

/** "Mục V.2", or the legal bases' own name. */
export function sectionLabel(id: string, lang: Lang): string {
  if (id === "CC") return lang === "en" ? "Legal bases (căn cứ)" : "Phần căn cứ";
  return lang === "en" ? `Section ${id}` : `Mục ${id}`;
}

/** The letter of a point ("V.2.b" → "b) "), empty for an unlettered passage. */
export function letter(p: Passage): string {
  const last = p.id.split(".").at(-1)!;
  return /^[a-zđ]$/.test(last) ? `${last}) ` : "";
}

/** The short reference in brackets: "Mục V.2.b" (the long `ref` names the plan too). */
export function shortRef(p: Passage): string {
  return p.ref.split(", ")[0]!;
}

/** How a user asks for a place in full: "mục V.2", "phần căn cứ"; an id no one can type ("V.end") by its part. */
export function fullRef(id: string): string {
  if (id === "CC" || id.startsWith("CC.")) return "phần căn cứ";
  const typed = readSectionRef(`mục ${id}`) === id ? id : id.split(".").slice(0, -1).join(".");
  return `mục ${typed}`;
}

/** "Xem đầy đủ mục V.2" as a choice, so platforms can offer it as a button. */
export function fullChoice(id: string, lang: Lang) {
  const ref = fullRef(id);
  return { label: lang === "en" ? `Full text: ${ref}` : `Xem đầy đủ ${ref}`, value: `xem đầy đủ ${ref}` };
}
