import type { AskContext } from "./context.js";
import { fold } from "../language/normalise.js";
import { confident, themeHits } from "./features.js";
import { rankedPassages } from "../language/passage-search.js";

/**
 * "Có nhiệm vụ nào về phổ biến giáo dục pháp luật không?": a question for rows of the task appendix, which the
 * body may also speak of. When the rows match, they are the answer, not a quote of the body.
 */
export function asksForRows(ctx: AskContext): boolean {
  return ctx.e.cues.has("which_tasks") && (ctx.e.groups.length > 0 || themeHits(ctx.e.taskHits).length > 0);
}

/** "Kế hoạch rà soát … do cơ quan nào chủ trì?": a lead or cooperating agency is a field of a row, never of the body. */
export function asksRowRole(ctx: AskContext): boolean {
  const { e } = ctx;
  return !e.agencies.length && (e.cues.has("lead") || e.cues.has("cooperate")) && confident(e.taskHits).length > 0;
}

/** The words of the areas a question names (and, with `agencies`, of the agencies it names): they narrow nothing. */
export function areaWords(ctx: AskContext, agencies = false): Set<string> {
  const { plan, e } = ctx;
  const words = e.groups.flatMap((g) => fold(plan.group(g)?.title ?? "").split(" "));
  return new Set(agencies ? [...words, ...e.agencySpans.flatMap((a) => a.split(" "))] : words);
}

// Cues that ask for a row or a list of rows, never for a sentence of the body.
const ROW_CUES = ["which_tasks", "lead", "cooperate", "who", "when", "product", "count", "most", "fewest", "list", "progress"];

/**
 * "Kế hoạch nghiêm cấm hành vi gì đối với người dân, doanh nghiệp?": nothing names a row, and a passage of the body
 * holds clearly more of the question's words than any row does: the body answers it.
 */
export function asksTheBody(ctx: AskContext): boolean {
  const { e } = ctx;
  if (e.tasks.length || e.targets.length || e.agencies.length || e.period || e.status) return false;
  if (ROW_CUES.some((c) => e.cues.has(c))) return false;
  const top = rankedPassages(e.passageHits)[0];
  if (!top || top.coverage < 0.9 || top.pairs < 2) return false;
  const row = e.taskHits[0];
  return !row || (top.coverage - row.coverage >= 0.2 && top.pairs >= row.pairs);
}
