import MiniSearch from "minisearch";
import type { Passage } from "../plan/schema.js";
import { fold } from "./normalise.js";
import { createTermScores } from "./term-scores.js";
import { coverageOf, pairsIn, readQuery, stemmed, tokens } from "./search.js";

export interface PassageHit {
  id: string;
  score: number;
  /** Share of the question's content words found in the passage (0..1). */
  coverage: number;
  matched: number;
  /** Adjacent word pairs of the question found in the passage: a phrase, not loose words. */
  pairs: number;
}

export interface PassageSearch {
  /** `ignore`: folded words that do not count towards coverage (the agency names in the question). */
  search(text: string, ignore?: ReadonlySet<string>, translation?: string): PassageHit[];
}

interface Doc {
  id: string;
  heading: string;
  text: string;
}

/** Full-text search over the plan's body, read the same way as the appendix search (syllables and pairs). */
export function createPassageSearch(passages: readonly Passage[], stopwords: readonly string[]): PassageSearch {
  const stop = new Set(stopwords);
  const index = new MiniSearch<Doc>({
    fields: ["heading", "text"],
    tokenize: (text) => tokens(fold(text), new Set()),
    processTerm: (term) => term,
    searchOptions: { boost: { heading: 1.5 }, prefix: false, fuzzy: false, combineWith: "OR" },
  });
  const docs = passages.map((p) => ({ id: p.id, heading: p.section.at(-1)!.replace(/^[\dIVX]+\.\s*/, ""), text: p.text }));
  index.addAll(docs);
  const indexed = new Set(docs.flatMap((d) => [d.heading, d.text].flatMap((text) => tokens(fold(text), new Set()))));
  const place = new Map(docs.map((d, i) => [d.id, i]));
  const scores = createTermScores(index, (r) => place.get(r.id as string)!, indexed, ["heading", "text"]);

  return {
    search(text, ignore = new Set(), translation) {
      const query = readQuery(text, stop, ignore, translation);
      if (query.terms.length === 0) return [];
      const ignored = stemmed(ignore);
      return scores.search(query.terms).map((r) => {
        const matched = r.terms.filter((t) => !t.includes("_") && !ignored.has(t));
        return { id: docs[r.doc]!.id, score: r.score, coverage: coverageOf(matched, query), matched: matched.length, pairs: pairsIn(r.terms) };
      });
    },
  };
}

/** The confident hits, best first: most phrases of the question, then score. */
export function rankedPassages(hits: readonly PassageHit[]): PassageHit[] {
  return confidentPassages(hits).sort((a, b) => b.pairs - a.pairs || b.score - a.score);
}

/** Hits that cover most of the question's content words with at least one phrase of it. */
export function confidentPassages(hits: readonly PassageHit[]): PassageHit[] {
  return hits.filter((h) => (h.matched >= 2 && h.coverage >= 0.6 && h.pairs >= 1) || (h.matched >= 4 && h.coverage >= 0.75));
}
