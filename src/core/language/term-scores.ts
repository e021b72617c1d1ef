import type MiniSearch from "minisearch";
import type { SearchResult } from "minisearch";

/** A document's share of one query term: MiniSearch's score for that term alone, and the fields it is in. */
interface Posting {
  doc: number;
  score: number;
  fields: string[];
}

/** A document found by a query, as MiniSearch's `search` gives it (documents by their place in `docs`). */
export interface TermHit {
  doc: number;
  score: number;
  /** The query terms found in the document, in the order MiniSearch lists them (`Object.keys` of `match`). */
  terms: string[];
  match: Record<string, string[]>;
}

/**
 * MiniSearch's OR search over exact terms (no prefix, no fuzzy, no document boost), with each term's
 * scores read from the index once instead of on every question. A term's scores depend on the index only;
 * the search adds them up term by term in MiniSearch's own order, so scores and ranks are the same to the bit.
 * `docOf`: a result's document as its place in the order documents were added; `terms`: every term the index holds.
 */
export function createTermScores<T>(index: MiniSearch<T>, docOf: (r: SearchResult) => number, terms: ReadonlySet<string>, fields: readonly string[]) {
  const known = new Map<string, Map<string, Posting[]>>();

  /** The documents holding `term`, in the order MiniSearch meets them: field by field, each in the order documents were added. */
  function postings(term: string, only?: readonly string[]): Posting[] {
    const key = only ? only.join(",") : "";
    const byTerm = known.get(key) ?? new Map<string, Posting[]>();
    known.set(key, byTerm);
    let list = byTerm.get(term);
    if (!list) {
      const found = index
        .search(term, { tokenize: () => [term], ...(only ? { fields: [...only] } : {}) })
        .map((r) => ({ doc: docOf(r), score: r.score, fields: r.match[term] ?? [] }))
        .sort((a, b) => a.doc - b.doc);
      list = [];
      const seen = new Set<number>();
      for (const field of only ?? fields) {
        for (const p of found) if (!seen.has(p.doc) && p.fields.includes(field)) seen.add(p.doc), list.push(p);
      }
      byTerm.set(term, list);
    }
    return list;
  }

  return {
    /** The same hits, scores and order as `index.search(terms.join(" "), { tokenize: (q) => q.split(" "), fields: only })`. */
    search(query: readonly string[], only?: readonly string[]): TermHit[] {
      const acc = new Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>();
      for (const term of query) {
        if (!term || !terms.has(term)) continue;
        for (const p of postings(term, only)) {
          const existing = acc.get(p.doc);
          if (!existing) acc.set(p.doc, { score: p.score, terms: [term], match: { [term]: p.fields } });
          else {
            existing.score = existing.score + p.score;
            existing.match[term] = p.fields;
            if (!existing.terms.includes(term)) existing.terms.push(term);
          }
        }
      }
      const hits: TermHit[] = [];
      for (const [doc, { score, terms: found, match }] of acc) hits.push({ doc, score: score * (found.length || 1), terms: Object.keys(match), match });
      return hits.sort((a, b) => b.score - a.score);
    },
  };
}
