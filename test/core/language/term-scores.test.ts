import { readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { fold } from "../../../src/core/language/normalise.js";
import { tokens } from "../../../src/core/language/search.js";
import { createTermScores } from "../../../src/core/language/term-scores.js";
import { language, plan } from "../../helpers/bot.js";

// The scores read once per term must give MiniSearch's own answer to every question: the same documents,
// scores to the bit, order, matched terms and fields.
describe("term scores read once from the index", () => {
  const docs = plan.passages.map((p) => ({ id: p.id, heading: p.section.at(-1)!, text: p.text }));
  const index = new MiniSearch<(typeof docs)[number]>({
    fields: ["heading", "text"],
    tokenize: (text) => tokens(fold(text), new Set()),
    processTerm: (term) => term,
    searchOptions: { boost: { heading: 1.5 }, prefix: false, fuzzy: false, combineWith: "OR" },
  });
  index.addAll(docs);
  const place = new Map(docs.map((d, i) => [d.id, i]));
  const indexed = new Set(docs.flatMap((d) => [d.heading, d.text].flatMap((t) => tokens(fold(t), new Set()))));
  const scores = createTermScores(index, (r) => place.get(r.id as string)!, indexed, ["heading", "text"]);
  const stop = new Set([...language.vocabulary.stopwords.vi, ...language.vocabulary.stopwords.en]);
  const questions = readFileSync(new URL("../../fixtures/questions/set-a.jsonl", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);

  const direct = (terms: string[], fields?: string[]) =>
    index.search(terms.join(" "), { tokenize: (q) => q.split(" "), ...(fields ? { fields } : {}) }).map((r) => ({ doc: place.get(r.id as string)!, score: r.score, terms: r.terms, match: r.match }));

  it("answers every question of a set as MiniSearch does, over all fields and over one", () => {
    let hits = 0;
    for (const q of questions) {
      const terms = [...new Set(tokens(fold(q), stop))];
      const mine = scores.search(terms);
      expect(mine).toEqual(direct(terms));
      expect(scores.search(terms, ["text"])).toEqual(direct(terms, ["text"]));
      hits += mine.length;
    }
    expect(hits).toBeGreaterThan(questions.length);
  });

  it("a term the index does not hold finds nothing, and adds nothing to the others", () => {
    const terms = ["cai", "cach", "cai_cach"];
    expect(scores.search(["khongcotrongkehoach"])).toEqual([]);
    expect(scores.search([...terms, "khongcotrongkehoach"])).toEqual(direct(terms));
    expect(scores.search(terms).length).toBeGreaterThan(0);
  });

  it("ties keep MiniSearch's order: field by field, then the order documents were added", () => {
    // "x" scores the same in both documents (one word each field, no boost): the heading's document comes first.
    const tied = [
      { id: "a", heading: "b", text: "x" },
      { id: "b", heading: "x", text: "b" },
      { id: "c", heading: "x", text: "b" },
      { id: "d", heading: "b", text: "x" },
    ];
    const small = new MiniSearch<(typeof tied)[number]>({ fields: ["heading", "text"], searchOptions: { prefix: false, fuzzy: false } });
    small.addAll(tied);
    const at = new Map(tied.map((d, i) => [d.id, i]));
    const own = createTermScores(small, (r) => at.get(r.id as string)!, new Set(["x", "b"]), ["heading", "text"]);
    const hits = own.search(["x"]);
    expect(hits.map((h) => tied[h.doc]!.id)).toEqual(small.search("x").map((r) => r.id));
    expect(hits.map((h) => tied[h.doc]!.id)).toEqual(["b", "c", "a", "d"]);
    expect(new Set(hits.map((h) => h.score)).size).toBe(1);
  });
});
