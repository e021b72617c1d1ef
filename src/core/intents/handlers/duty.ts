import { handOff } from "../context.js";
import type { Reply } from "../../message.js";
import type { AskContext } from "../context.js";
import { agency } from "./agency.js";
import { dutyPassages } from "./duty-passages.js";
import { rankedPassages } from "../../language/passage-search.js";

export function duty(ctx: AskContext): Reply {
  const { plan } = ctx;
  const id = ctx.e.agencies[0]!;
  // "Sở Nội vụ chịu trách nhiệm theo dõi chỉ tiêu gì?": the targets it monitors (Phụ lục 1), not its duties.
  if (ctx.e.cues.has("monitor") && ctx.e.cues.has("target_word") && plan.monitoredBy(id).length) return handOff(ctx, "target");
  // "kế hoạch nói gì về tình trạng chồng chéo … giữa các sở, ngành": a search of the body that names an agency,
  // answered by the passage that matches, unless that passage is one of the agency's own duties.
  if (ctx.e.cues.has("plan_search")) {
    const top = rankedPassages(ctx.e.passageHits)[0];
    if (top && top.pairs >= 2 && !plan.passage(top.id)?.responsible?.includes(id)) return handOff(ctx, "passage");
  }
  const own = plan.passages.some((p) => p.responsible?.includes(id));
  // "Cục Thuế có phải làm nhiệm vụ gì không?": no duty of its own in Mục V, so its appendix rows answer.
  if (!own && plan.ledBy(id).length + plan.cooperatedBy(id).length + plan.monitoredBy(id).length > 0) return agency(ctx);
  return dutyPassages(ctx);
}
