import type { Interpretation } from "../../ports/fallback.js";
import type { Entities } from "../language/entities.js";
import type { IntentDefinition } from "./definition.js";
import { featuresOf } from "./features.js";
import type { Plan } from "../plan/plan.js";

/** Folds a model's proposal into what the rules read, dropping every id the plan does not have. */
export function mergeProposal(e: Entities, p: Interpretation, plan: Plan): Entities {
  const tasks = (p.tasks ?? []).filter((id) => plan.task(id));
  const targets = (p.targets ?? []).filter((id) => plan.target(id));
  const agencies = (p.agencies ?? []).filter((id) => plan.agency(id));
  return {
    ...e,
    tasks: tasks.length ? tasks : e.tasks,
    targets: targets.length ? targets : e.targets,
    agencies: agencies.length ? agencies : e.agencies,
    period: p.period ?? e.period,
    status: p.status ?? e.status,
    // What a model reads is never trusted to widen a search: only explicit ids count.
    taskHits: tasks.length ? [] : e.taskHits,
    targetHits: targets.length ? [] : e.targetHits,
  };
}

/** Features of the wording (cue words, a question mark, length, language) rather than of what is asked. */
const WORDING = /^(cue:|question$|short$|english$|group_whole$|group_long$)/;

/**
 * Whether the entities, with the proposal folded in, meet one of the intent's own requirements, wording
 * aside (the model reads the meaning the cue words would have given). "agency" without an agency or
 * "due" without a period does not: its handler would answer about nothing.
 */
export function proposalFits(intent: IntentDefinition, e: Entities): boolean {
  const features = featuresOf(e, false);
  if (!intent.requires.length) return true;
  return intent.requires.some((all) => all.filter((c) => !WORDING.test(c)).every((c) => features.has(c)));
}
