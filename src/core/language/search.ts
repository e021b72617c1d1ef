import MiniSearch from "minisearch";
import type { Plan } from "../plan/plan.js";
import { fold } from "./normalise.js";
import { createTermScores } from "./term-scores.js";

export interface SearchHit {
  kind: "task" | "target";
  id: string;
  score: number;
  /** Share of the query's content words found in the row (0..1). */
  coverage: number;
  matched: number;
  /** Adjacent word pairs of the query found in the row ("du_lieu"): evidence of a phrase, not loose words. */
  pairs: number;
  /** The row was found by a name that means one thing only (SIPAS, PAPI, DTI, PAR Index). */
  distinctive: boolean;
}

export interface PlanSearch {
  /** `ignore`: folded words that do not count towards coverage (the agency names in the question). */
  /** `deliverables`: match the rows' products only ("nhiệm vụ nào có sản phẩm là …"). */
  search(text: string, ignore?: ReadonlySet<string>, translation?: string, deliverables?: boolean): SearchHit[];
}

interface Doc {
  key: string;
  kind: "task" | "target";
  id: string;
  title: string;
  body: string;
  /** The plan body's own sentence for a target (Mục II.2): found, but weighed less than the row. */
  extra?: string;
}

/**
 * Acronyms that name one index or system on their own (SIPAS, PAPI, DTI), read from the plan: written in
 * capitals in at most three rows, not a document number's part ("09-CTr/TU") and not a common abbreviation.
 */
export function distinctiveAcronyms(rows: readonly string[], common: ReadonlySet<string>): Set<string> {
  const count = new Map<string, number>();
  for (const row of rows) {
    const found = new Set((row.match(/(?<![\p{L}\d/-])[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?![\p{L}\d/-])/gu) ?? []).map((w) => fold(w)));
    for (const w of found) count.set(w, (count.get(w) ?? 0) + 1);
  }
  return new Set([...count].filter(([w, n]) => w.length >= 3 && n <= 3 && !common.has(w)).map(([w]) => w));
}

/**
 * English words reduced to a common stem ("reorganising", "reorganised", "reorganise" → "reorganis"), so an
 * English question meets the rows' English titles. Safe for folded Vietnamese: no Vietnamese syllable ends in
 * -ing, -ed, -s, or (at six letters or more) -e.
 */
export function stem(w: string): string {
  if (w.length >= 6 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length >= 5 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length >= 5 && (w.endsWith("ed") || w.endsWith("es"))) return w.slice(0, -2);
  if (w.length >= 4 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  if (w.length >= 6 && w.endsWith("e")) return w.slice(0, -1);
  return w;
}

/** A set of folded words as the search reads them. */
export const stemmed = (words: ReadonlySet<string>): Set<string> => new Set([...words].map(stem));

/**
 * Vietnamese words are syllables, so a query is read as syllables plus adjacent pairs ("du_lieu",
 * "dung_chung"); pairs make "kho dữ liệu dùng chung" beat rows that merely share "dữ liệu".
 */
export function tokens(folded: string, stop: ReadonlySet<string>, kept: ReadonlySet<string> = new Set()): string[] {
  // Numbers are not words, except document numbers ("3979", "4817"); years would match every row.
  const syllables = folded.split(/[\s/\-.,()"“”:;]+/).filter((w) => w && (!/^\d+$/.test(w) || (w.length >= 3 && !/^(19|20)\d\d$/.test(w))));
  // A stopword that, with its neighbour, is a term of the plan's rows ("can bo": cán bộ, not cần) is a word.
  const isStop = syllables.map((w, i) => stop.has(w) && !kept.has(`${w}_${syllables[i + 1]}`) && !kept.has(`${syllables[i - 1]}_${w}`));
  const out: string[] = [];
  const stems = syllables.map(stem);
  stems.forEach((w, i) => {
    if (!isStop[i]) out.push(w);
    const next = stems[i + 1];
    if (next && !isStop[i] && !isStop[i + 1]) out.push(`${w}_${next}`);
  });
  return out;
}

/**
 * Pairs with a stopword that open a row's title or a listed item in it ("Cán bộ cơ quan …", "…, công chức"):
 * there the stopword is a noun of the plan ("can bo": cán bộ, not cần), so a question's "can bo" counts.
 */
export function distinguishingPairs(titles: readonly string[], stop: ReadonlySet<string>): Set<string> {
  const kept = new Set<string>();
  for (const title of titles) {
    for (const item of fold(title.replace(/[,;:()]/g, " | ")).split("|")) {
      const [a, b] = item.trim().split(/[\s/\-.]+/);
      if (a && b && (stop.has(a) || stop.has(b))) kept.add(`${a}_${b}`);
    }
  }
  return kept;
}

/** A question read for search: its terms, and the content syllables each reading of it should cover. */
export interface Query {
  terms: string[];
  syllableSets: Set<string>[];
}

/** An English question counts as covered by its own words or by their Vietnamese glossary words. */
export function readQuery(text: string, stop: ReadonlySet<string>, ignore: ReadonlySet<string>, translation?: string, kept?: ReadonlySet<string>): Query {
  const parts = [text, translation].filter((x): x is string => Boolean(x)).map((x) => tokens(fold(x), stop, kept));
  const ignored = stemmed(ignore);
  return { terms: [...new Set(parts.flat())], syllableSets: parts.map((p) => new Set(p.filter((q) => !q.includes("_") && !ignored.has(q)))) };
}

/** Share of the question's content syllables found among the matched ones, for the reading that fits best. */
export function coverageOf(matchedSyllables: readonly string[], query: Query): number {
  // Counted without building lists: it runs for every hit of every question.
  let best = -Infinity;
  for (const set of query.syllableSets) {
    let found = 0;
    if (set.size) for (const t of matchedSyllables) if (set.has(t)) found++;
    const share = set.size ? found / set.size : 0;
    if (share > best) best = share;
  }
  return best;
}

/** How many of the matched terms are word pairs ("du_lieu"). */
export function pairsIn(terms: readonly string[]): number {
  let n = 0;
  for (const t of terms) if (t.includes("_")) n++;
  return n;
}

/** `common`: abbreviations that are everyday words of the domain (TTHC, UBND), never distinctive. */
export function createPlanSearch(plan: Plan, stopwords: readonly string[], common: ReadonlySet<string> = new Set()): PlanSearch {
  const stop = new Set(stopwords);
  const docs: Doc[] = [
    ...plan.tasks.map((t) => ({
      key: `task:${t.id}`,
      kind: "task" as const,
      id: t.id,
      title: `${t.title} ${t.short}`,
      body: `${t.deliverable} ${t.en ?? ""}`,
    })),
    ...plan.targets.map((t) => ({
      key: `target:${t.id}`,
      kind: "target" as const,
      id: t.id,
      title: t.title,
      body: `${t.values.map((v) => v.label ?? "").join(" ")} ${t.en ?? ""}`,
      extra: (t.body ?? []).map((b) => b.text).join(" "),
    })),
  ];
  const rows = [
    ...plan.tasks.map((t) => [t.title, t.short, t.deliverable, t.en].join(" ")),
    ...plan.targets.map((t) => [t.title, t.en, ...t.values.map((v) => v.label ?? ""), ...(t.body ?? []).map((b) => b.text)].join(" ")),
  ];
  const kept = distinguishingPairs(
    [...plan.tasks, ...plan.targets].map((x) => x.title),
    stop,
  );
  const distinctiveWords = stemmed(distinctiveAcronyms(rows, common));
  const index = new MiniSearch<Doc>({
    idField: "key",
    fields: ["title", "body", "extra"],
    storeFields: ["kind", "id"],
    tokenize: (text) => tokens(fold(text), new Set()),
    processTerm: (term) => term,
    searchOptions: { boost: { title: 2, extra: 0.3 }, prefix: false, fuzzy: false, combineWith: "OR" },
  });
  index.addAll(docs);
  const indexed = new Set(docs.flatMap((d) => [d.title, d.body, d.extra].flatMap((text) => (text == null ? [] : tokens(fold(text), new Set())))));
  // A result carries its stored fields (kind, id), not its key.
  const place = new Map(docs.map((d, i) => [d.key, i]));
  const scores = createTermScores(index, (r) => place.get(`${r.kind}:${r.id}`)!, indexed, ["title", "body", "extra"]);

  return {
    search(text, ignore = new Set(), translation, deliverables = false) {
      const query = readQuery(text, stop, ignore, translation, kept);
      if (query.terms.length === 0) return [];
      const ignored = stemmed(ignore);
      return scores.search(query.terms, deliverables ? ["body"] : undefined).map((r) => {
        const matchedSyllables = r.terms.filter((t) => !t.includes("_") && !ignored.has(t));
        const distinctive = matchedSyllables.some((t) => distinctiveWords.has(t));
        // Words found only in the body's sentence about a row count half: the row's own title decides
        // between rows that the body names together ("cán bộ, công chức cấp xã").
        const inRow = matchedSyllables.filter((t) => r.match[t]?.some((f) => f !== "extra"));
        const coverage = (coverageOf(matchedSyllables, query) + coverageOf(inRow, query)) / 2;
        return {
          kind: docs[r.doc]!.kind,
          id: docs[r.doc]!.id,
          score: r.score,
          coverage,
          matched: distinctive ? Math.max(3, matchedSyllables.length) : matchedSyllables.length,
          pairs: distinctive ? 2 : pairsIn(r.terms),
          distinctive,
        };
      });
    },
  };
}
