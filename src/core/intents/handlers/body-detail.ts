import { confidentPassages } from "../../language/passage-search.js";
import { fold } from "../../language/normalise.js";
import type { Passage } from "../../plan/passage-schema.js";
import { bestClause } from "../../render/quote.js";
import { t, type AskContext } from "../context.js";

const pairsOf = (folded: string) => {
  const ws = folded.split(" ");
  return ws.slice(1).map((w, i) => `${ws[i]} ${w}`);
};

// A row's own words are the plan's: its words and word pairs are read once per wording, not on every card
// (a bounded map, emptied in a sweep, in case wordings that are no plan's pass through).
const OWN_KEPT = 5_000;
const ownOf = new Map<string, { words: Set<string>; pairs: Set<string> }>();
function ownWording(own: string): { words: Set<string>; pairs: Set<string> } {
  let read = ownOf.get(own);
  if (!read) {
    if (ownOf.size >= OWN_KEPT) ownOf.clear();
    const folded = fold(own);
    ownOf.set(own, (read = { words: new Set(folded.split(" ")), pairs: new Set(pairsOf(folded)) }));
  }
  return read;
}

/**
 * "… không tính cán bộ làm việc ở vùng nào?", "what data will the warehouse integrate?": what the question asks
 * beyond a row's own words (`own`), when a body passage about that row (`about`) says it, quoted from there.
 */
export function bodyDetail(ctx: AskContext, own: string, about: (p: Passage) => boolean): string | undefined {
  const { e } = ctx;
  const mine = ownWording(own);
  // Nothing is asked beyond the row unless two of the question's own content words are not the row's
  // (an English question's words never are): the body search is skipped for plain questions.
  if (e.lang === "vi" && e.contentWords.filter((w) => !mine.words.has(w)).length < 2) return undefined;
  const asked = fold(`${e.text} ${e.translation ?? ""}`);
  const beyond = new Set(pairsOf(asked).filter((p) => !mine.pairs.has(p)));
  if (!beyond.size) return undefined;
  for (const hit of confidentPassages(e.passageHits)) {
    const passage = ctx.plan.passage(hit.id);
    if (!passage || !about(passage)) continue;
    const quote = bestClause(passage.text, `${e.text} ${e.translation ?? ""}`);
    if (pairsOf(fold(quote)).some((p) => beyond.has(p))) return `${t(ctx, "Kế hoạch ghi", "The plan says")} (${passage.ref}): «${quote}»`;
  }
  return undefined;
}
