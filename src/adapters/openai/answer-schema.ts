import { z } from "zod";
import type { Language } from "../../core/intents/answer.js";
import type { Plan } from "../../core/plan/plan.js";
import { statusSchema } from "../../core/state.js";
import type { Interpretation } from "../../ports/fallback.js";

/**
 * Intents the model may not propose: every one whose file says `"writes": true` (reports, undo, review,
 * roster, channels) — those come only from the rules, whose reading the sender can predict, and the bot
 * refuses them from a model anyway — and not_found, the rules' own verdict on an id the plan lacks.
 */
export const MODEL_EXCLUDED_INTENTS: readonly string[] = ["not_found"];

const offeredIntent = (i: Language["intents"][number]) => !i.writes && !MODEL_EXCLUDED_INTENTS.includes(i.id);

/** The period words the model answers with, flat because strict JSON schemas handle enums best. */
export const PERIODS = ["Q1", "Q2", "Q3", "Q4", "H1", "H2", "year", "yearLong"] as const;
type PeriodWord = (typeof PERIODS)[number];

/** An enum of ids, or an always-empty list when the plan has none (z.enum needs one value). */
function ids(values: string[]) {
  const [first, ...rest] = values;
  return first === undefined ? z.array(z.string()).max(0) : z.array(z.enum([first, ...rest]));
}

/** The intents offered to the model: every intent file but the excluded ones; "unknown" always. */
export function modelIntents(language: Language): { id: string; description: string }[] {
  const offered = language.intents.filter(offeredIntent).map((i) => ({ id: i.id, description: i.description }));
  if (!offered.some((i) => i.id === "unknown")) offered.push({ id: "unknown", description: "Not understood or out of scope." });
  return offered;
}

/** What the model must answer: one intent and slots, every id limited to the plan's own. */
export function answerSchema(plan: Plan, language: Language) {
  const intents = modelIntents(language).map((i) => i.id) as [string, ...string[]];
  return z.object({
    intent: z.enum(intents),
    tasks: ids(plan.tasks.map((t) => t.id)),
    targets: ids(plan.targets.map((t) => t.id)),
    agencies: ids(plan.data.agencies.map((a) => a.id)),
    period: z.enum(PERIODS).nullable(),
    status: statusSchema.nullable(),
    percent: z.number().int().min(0).max(100).nullable(),
  });
}
export type ModelAnswer = z.infer<ReturnType<typeof answerSchema>>;

function period(word: PeriodWord): Interpretation["period"] {
  if (word === "year" || word === "yearLong") return { kind: word };
  if (word === "H1" || word === "H2") return { kind: "half", half: word === "H1" ? 1 : 2 };
  return { kind: "quarter", quarter: Number(word[1]) as 1 | 2 | 3 | 4 };
}

/** The port's shape; null when the model says it does not know. */
export function toInterpretation(answer: ModelAnswer): Interpretation | null {
  // The schema's intent enum already leaves out writing intents; the bot refuses them again.
  if (answer.intent === "unknown" || MODEL_EXCLUDED_INTENTS.includes(answer.intent)) return null;
  const out: Interpretation = { intent: answer.intent };
  if (answer.tasks.length) out.tasks = [...answer.tasks];
  if (answer.targets.length) out.targets = [...answer.targets];
  if (answer.agencies.length) out.agencies = [...answer.agencies];
  if (answer.period) out.period = period(answer.period);
  if (answer.status) out.status = answer.status;
  if (answer.percent !== null) out.percent = answer.percent;
  return out;
}
