import type { Interpretation } from "../../ports/fallback.js";
import type { Entities } from "../language/entities.js";
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
