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
    task: (id) => tasks.get(id),
    target: (id) => targets.get(id),
    agency: (id) => agencies.get(id),
    group: (id) => groups.get(id) ?? data.targetGroups.find((g) => g.id === id),
    agencyName: (id) => agencies.get(id)?.name ?? id,
    dueIn: (period, agency, role) =>
      data.tasks.filter((t) => t.milestones.some((m) => milestoneIn(m, period)) && (!agency || hasRole(t, agency, role))),
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

/** Compares task or target ids numerically: 1 < 1.1 < 1.2 < 2 < 10 < 10.1. */
export function compareIds(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

export function foldedName(agency: Agency): string {
  return fold(agency.name);
}
