import { confidentPassages } from "../../language/passage-search.js";
import { fold } from "../../language/normalise.js";
import type { Passage } from "../../plan/passage-schema.js";
import { bestClause } from "../../render/quote.js";
import { t, type AskContext } from "../context.js";

const pairsOf = (folded: string) => {
  const ws = folded.split(" ");
  return ws.slice(1).map((w, i) => `${ws[i]} ${w}`);
};

// A row's own words are the plan's: their pairs are read once per wording, not on every card (bounded map,
// emptied in a sweep, in case wordings that are no plan's pass through).
const OWN_KEPT = 5_000;
const ownPairsOf = new Map<string, Set<string>>();
function ownPairs(own: string): Set<string> {
  let pairs = ownPairsOf.get(own);
  if (!pairs) {
    if (ownPairsOf.size >= OWN_KEPT) ownPairsOf.clear();
    ownPairsOf.set(own, (pairs = new Set(pairsOf(fold(own)))));
  }
  return pairs;
}

const ownWordsOf = new Map<string, Set<string>>();
function ownWords(own: string): Set<string> {
  let words = ownWordsOf.get(own);
  if (!words) {
    if (ownWordsOf.size >= OWN_KEPT) ownWordsOf.clear();
    ownWordsOf.set(own, (words = new Set(fold(own).split(" "))));
  }
  return words;
}

/**
 * "… không tính cán bộ làm việc ở vùng nào?", "what data will the warehouse integrate?": what the question asks
 * beyond a row's own words (`own`), when a body passage about that row (`about`) says it, quoted from there.
 */
export function bodyDetail(ctx: AskContext, own: string, about: (p: Passage) => boolean): string | undefined {
  const { e } = ctx;
  const mine = ownPairs(own);
  // Nothing is asked beyond the row unless two of the question's own content words are not the row's
  // (an English question's words never are): the body search is skipped for plain questions.
  if (e.lang === "vi" && e.contentWords.filter((w) => !ownWords(own).has(w)).length < 2) return undefined;
  const asked = fold(`${e.text} ${e.translation ?? ""}`);
  const beyond = new Set(pairsOf(asked).filter((p) => !mine.has(p)));
  if (!beyond.size) return undefined;
  for (const hit of confidentPassages(e.passageHits)) {
    const passage = ctx.plan.passage(hit.id);
    if (!passage || !about(passage)) continue;
    const quote = bestClause(passage.text, `${e.text} ${e.translation ?? ""}`);
    if (pairsOf(fold(quote)).some((p) => beyond.has(p))) return `${t(ctx, "Kế hoạch ghi", "The plan says")} (${passage.ref}): «${quote}»`;
  }
  return undefined;
}
