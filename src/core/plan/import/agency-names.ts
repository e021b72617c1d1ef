import { fold } from "../../language/normalise.js";
import type { Agency } from "../schema.js";
import { slug } from "./document.js";
import { HEADS, unknownNames } from "./unknown-names.js";

export { looksLikeAgency, unknownNames } from "./unknown-names.js";

/** One word of a cell, folded, with what separates it from the word before. */
interface Word {
  folded: string;
  original: string;
  sepBefore: "" | ";" | ",";
}

/** A stretch of a cell: an agency the lexicon knows, or words it does not. */
export type Piece = { kind: "agency"; id: string; text: string; sepBefore: string; sepAfter: string; start: number; end: number } | { kind: "words"; text: string; start: number; end: number };

/** "của UBND tỉnh", "do Sở … chủ trì": an agency named inside a sentence, not listed in the cell. */
const OWNER_WORDS = new Set(["cua", "do", "voi", "tai", "cho", "qua"]);

export interface AgencyMatcher {
  /** The cell's pieces in order. */
  scan(text: string): Piece[];
  /** Agency ids a cell names, the names in it the lexicon does not know, and how the cell writes each known one. */
  resolve(text: string): { ids: string[]; unknown: string[]; written: { id: string; text: string }[] };
  byId(id: string): Agency | undefined;
}

export function createAgencyMatcher(lexicon: readonly Agency[]): AgencyMatcher {
  const byFirst = new Map<string, { id: string; words: string[] }[]>();
  for (const a of lexicon) {
    for (const name of [a.name, ...a.aliases]) {
      const words = fold(name).split(" ").filter(Boolean);
      if (words.length === 0) continue;
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ id: a.id, words });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.words.length - x.words.length);
  const agencies = new Map(lexicon.map((a) => [a.id, a]));

  function scan(text: string): Piece[] {
    const words = tokenise(distribute(text));
    const pieces: Piece[] = [];
    let pending: Word[] = [];
    let pendingStart = 0;
    const flush = (end: number) => {
      if (pending.length) pieces.push({ kind: "words", text: join(pending), start: pendingStart, end });
      pending = [];
    };
    let i = 0;
    while (i < words.length) {
      const prev = words[i - 1];
      // "của UBND tỉnh" is named inside a sentence; "Bộ Nông nghiệp và Môi trường" is a ministry, not the department.
      const owned = prev && words[i]!.sepBefore === "" && ((prev.sepBefore === "" && OWNER_WORDS.has(prev.folded)) || prev.original.normalize("NFC") === "Bộ");
      // "Văn phòng Tỉnh ủy" is not "Văn phòng tỉnh": "ủy" after a place makes another body (Tỉnh ủy, Đảng ủy).
      const hit = (byFirst.get(words[i]!.folded) ?? []).find(
        (c) => c.words.every((w, k) => words[i + k]?.folded === w) && !(words[i + c.words.length]?.folded === "uy" && words[i + c.words.length]!.sepBefore === ""),
      );
      if (hit && owned) {
        if (!pending.length) pendingStart = i;
        pending.push(...words.slice(i, i + hit.words.length));
        i += hit.words.length;
        continue;
      }
      if (!hit) {
        if (!pending.length) pendingStart = i;
        if (words[i]!.sepBefore === ";" && pending.length) {
          flush(i);
          pendingStart = i;
        }
        pending.push(words[i]!);
        i++;
        continue;
      }
      flush(i);
      const end = i + hit.words.length;
      pieces.push({ kind: "agency", id: hit.id, text: join(words.slice(i, end)), sepBefore: words[i]!.sepBefore, sepAfter: words[end]?.sepBefore ?? "", start: i, end });
      i = end;
    }
    flush(words.length);
    return pieces;
  }

  function resolve(text: string) {
    const ids: string[] = [];
    const unknown: string[] = [];
    const written: { id: string; text: string }[] = [];
    let prev: Piece | undefined;
    for (const p of scan(text)) {
      if (p.kind === "agency") {
        if (!ids.includes(p.id)) ids.push(p.id);
        written.push({ id: p.id, text: p.text });
      } else {
        // Words right after a name, with no separator, qualify it ("Các sở, ngành liên quan").
        const qualifies = prev?.kind === "agency" && prev.sepAfter === "";
        unknownNames(p.text).forEach((name, k) => {
          if (!(k === 0 && qualifies && !HEADS.test(name))) unknown.push(name);
        });
      }
      prev = p;
    }
    return { ids, unknown, written };
  }

  return { scan, resolve, byId: (id) => agencies.get(id) };
}

/** "UBND, HĐND cấp huyện, cấp xã" names both bodies at each level. */
function distribute(text: string): string {
  return text.normalize("NFC").replace(/(^|[\s;,])(UBND|HĐND)\s*,\s*(UBND|HĐND)\s+(cấp\s+\p{L}+(?:\s*,\s*cấp\s+\p{L}+)*)/gu, "$1$2 $4; $3 $4");
}

function tokenise(text: string): Word[] {
  const out: Word[] = [];
  let sep = "" as "" | ";" | ",";
  for (const raw of text.split(/(\s+|[;,])/)) {
    if (raw === ";" || raw === ",") {
      sep = raw === ";" || (sep as string) === ";" ? ";" : ",";
      continue;
    }
    if (!raw.trim()) continue;
    const folded = fold(raw).split(" ").filter(Boolean);
    folded.forEach((f, k) => out.push({ folded: f, original: k === 0 ? raw : "", sepBefore: k === 0 ? sep : "" }));
    if (folded.length) sep = "";
  }
  return out;
}

function join(words: Word[]): string {
  return words
    .filter((w) => w.original)
    .map((w, i) => (i === 0 ? w.original : `${w.sepBefore} ${w.original}`))
    .join("");
}

const LEVEL = /^(?:ubnd|uy ban|hdnd|hoi dong)/;
const CENTRAL = /^(?:cuc|chi cuc|kho bac|bao hiem|ngan hang|cong an|bo chi huy)/;

/** An agency the lexicon does not know, with an id made from its name and a kind guessed from its first words. */
export function newAgency(name: string): Agency {
  const f = fold(name);
  const kind: Agency["kind"] = /^cac /.test(f)
    ? "collective"
    : LEVEL.test(f)
      ? "level"
      : CENTRAL.test(f)
        ? "central"
        : /^(?:bao|dai|cong thong tin)/.test(f)
          ? "media"
          : /^(?:cong ty|tong cong ty|buu dien|dien luc)/.test(f)
            ? "enterprise"
            : /^ban chi dao/.test(f)
              ? "board"
              : "department";
  return { id: slug(name) || "co-quan", name, kind, aliases: [] };
}
