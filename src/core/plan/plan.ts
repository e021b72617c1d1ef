import { fold } from "../language/normalise.js";
import { milestoneIn, type AskedPeriod } from "./periods.js";
import type { Agency, Group, Passage, PlanData, Section, Target, Task } from "./schema.js";

/** The loaded plan with its indexes and the queries the handlers need. */
export interface Plan {
  readonly data: PlanData;
  task(id: string): Task | undefined;
  target(id: string): Target | undefined;
  agency(id: string): Agency | undefined;
  group(id: string): Group | undefined;
  agencyName(id: string): string;
  tasks: readonly Task[];
  targets: readonly Target[];
  /** Tasks with a milestone in the period, optionally only those an agency leads (or cooperates on). */
  dueIn(period: AskedPeriod, agency?: string, role?: "lead" | "cooperating" | "any"): Task[];
  ledBy(agency: string): Task[];
  cooperatedBy(agency: string): Task[];
  monitoredBy(agency: string): Target[];
  inGroup(group: string): Task[];
  /** Task rows under a parent (1 → 1.1, 1.2). */
  children(id: string): Task[];
  /** The plan's body (căn cứ, Mục I–V), in document order. */
  passages: readonly Passage[];
  passage(id: string): Passage | undefined;
  /** Headings of the body, parts (IV) and points (V.2), with their aliases. */
  sections: readonly Section[];
}

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

export function createPlan(data: PlanData): Plan {
  const tasks = byId(data.tasks);
  const targets = byId(data.targets);
  const agencies = byId(data.agencies);
  const groups = byId(data.taskGroups);
  const passages = byId(data.passages ?? []);
  const hasRole = (task: Task, agency: string, role: "lead" | "cooperating" | "any" = "lead") =>
    (role !== "cooperating" && task.lead.includes(agency)) || (role !== "lead" && task.cooperating.includes(agency));
  return {
    data,
    tasks: data.tasks,
    targets: data.targets,
    task: (id) => tasks.get(id) ?? tasks.get(sameRow(id, tasks)),
    target: (id) => targets.get(id) ?? targets.get(sameRow(id, targets)),
    agency: (id) => agencies.get(id),
    group: (id) => groups.get(id) ?? data.targetGroups.find((g) => g.id === id),
    agencyName: (id) => agencies.get(id)?.name ?? id,
    dueIn: (period, agency, role) => data.tasks.filter((t) => t.milestones.some((m) => milestoneIn(m, period)) && (!agency || hasRole(t, agency, role))),
    ledBy: (agency) => data.tasks.filter((t) => t.lead.includes(agency)),
    cooperatedBy: (agency) => data.tasks.filter((t) => t.cooperating.includes(agency)),
    monitoredBy: (agency) => data.targets.filter((t) => t.monitoring.includes(agency)),
    inGroup: (group) => data.tasks.filter((t) => t.group === group),
    children: (id) => data.tasks.filter((t) => t.parent === id),
    passages: data.passages ?? [],
    passage: (id) => passages.get(id),
    sections: data.sections ?? [],
  };
}

// Vietnamese lists letter their points a, b, c, d, đ, e, g, h…
const LETTERS = "abcdđeghiklmn";

/**
 * The same sub-row written the other way: a plan that numbers "14a, 14b" is asked "14.1, 14.2" and the
 * other way round ("đ" also as "d", since questions are folded).
 */
function sameRow(id: string, rows: ReadonlyMap<string, unknown>): string {
  const m = /^(\d+)(?:\.(\d+)|([a-zđ]))$/u.exec(id);
  if (!m) return id;
  if (m[2]) return `${m[1]}${LETTERS[Number(m[2]) - 1] ?? ""}`;
  if (m[3] === "d" && !rows.has(id) && rows.has(`${m[1]}đ`)) return `${m[1]}đ`;
  return `${m[1]}.${LETTERS.indexOf(m[3]!) + 1}`;
}

/** Compares task or target ids numerically: 1 < 1.1 < 1.2 < 1a < 2 < 10 < 10.1. */
export function compareIds(a: string, b: string): number {
  const parts = (id: string) => {
    const m = /^(\d+)(?:\.(\d+))?([a-zđ])?/u.exec(id);
    return [Number(m?.[1] ?? 0), Number(m?.[2] ?? 0), m?.[3] ? LETTERS.indexOf(m[3]) + 1 : 0];
  };
  const [a1, a2, a3] = parts(a);
  const [b1, b2, b3] = parts(b);
  return a1! - b1! || a2! - b2! || a3! - b3!;
}

export function foldedName(agency: Agency): string {
  return fold(agency.name);
}
