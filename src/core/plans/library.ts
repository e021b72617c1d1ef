import type { Plan } from "../plan/plan.js";
import type { State } from "../state.js";

/** The plans the bot holds: the configured one (base), the embedded seed, and those activated in chat. */
export interface PlanLibrary {
  readonly baseId: string;
  all(): Plan[];
  get(id: string): Plan | undefined;
  /** Adds or replaces (same id) a plan. */
  put(plan: Plan): void;
  /** The plan questions go to: the one an admin activated, unless the command line pinned one. */
  active(state: Readonly<State>): Plan;
  /** The plan of a year ("kế hoạch 2023"): the active one when it is of that year, else the last added. */
  ofYear(year: number, state: Readonly<State>): Plan | undefined;
}

export function createPlanLibrary(base: Plan, others: readonly Plan[] = [], options: { pinned?: boolean } = {}): PlanLibrary {
  const plans = new Map<string, Plan>();
  for (const p of others) plans.set(p.data.id, p);
  plans.set(base.data.id, base);
  const library: PlanLibrary = {
    baseId: base.data.id,
    all: () => [...plans.values()],
    get: (id) => plans.get(id),
    put: (plan) => void plans.set(plan.data.id, plan),
    active(state) {
      const chosen = options.pinned || !state.activePlan ? undefined : plans.get(state.activePlan);
      return chosen ?? plans.get(base.data.id)!;
    },
    ofYear(year, state) {
      const active = library.active(state);
      if (active.data.year === year) return active;
      return [...plans.values()].reverse().find((p) => p.data.year === year);
    },
  };
  return library;
}

export interface PlanReference {
  year: number;
  /** The message without the reference, ready for the chosen plan's bot. */
  rest: string;
  /** The reference opened the message ("kế hoạch 2023: …"), so it surely addresses a plan. */
  leading: boolean;
}

// "kế hoạch 2023", "theo kế hoạch năm 2023", "KH CCHC 2023" (with or without diacritics), "plan 2023", "in the plan of 2023".
const REFERENCE =
  /(^|[\s,(])(?:(?:theo|trong|của|cua|in|under)\s+)?(?:(?:the\s+)?plan|kế\s*hoạch|ke\s*hoach|kh)(?:\s+(?:cchc|cải\s+cách\s+hành\s+chính|cai\s+cach\s+hanh\s+chinh))?(?:\s+(?:năm|nam|of))?\s+(20\d\d)(?![\d/])\s*([:,.;–-]?)/iu;

/** A plan named by its year in the message, if any. */
export function planReference(text: string): PlanReference | undefined {
  const m = REFERENCE.exec(text.normalize("NFC"));
  if (!m) return undefined;
  const before = text.normalize("NFC").slice(0, m.index + m[1]!.length);
  const after = text.normalize("NFC").slice(m.index + m[0].length);
  const leading = before.trim() === "";
  // "Kế hoạch 2023 có bao nhiêu nhiệm vụ?" still asks about the plan; "kế hoạch 2023: nv 11 …" only names it.
  const keep = leading && !m[3] ? "kế hoạch " : " ";
  return { year: Number(m[2]), rest: `${before}${keep}${after}`.replace(/\s+/g, " ").trim(), leading };
}
