import type { Plan } from "../plan/plan.js";
import type { Task } from "../plan/schema.js";
import type { RosterEntry, State } from "../state.js";

export function rosterEntry(state: Readonly<State>, user: string): RosterEntry | undefined {
  return state.roster.find((r) => r.user === user);
}

export function isAdmin(state: Readonly<State>, user: string, admins: readonly string[]): boolean {
  return admins.includes(user) || rosterEntry(state, user)?.role === "admin";
}

export type Right = "status" | "note" | "none";

/**
 * Who may report what: the lead agency's members set the status; cooperating agencies named on the row,
 * and the agencies a collective lead covers ("Các sở, ban, ngành" leads task 14), add notes; office and
 * admin may do everything. Being inside a collective *cooperating* cell gives no right: nearly every row
 * has one, and it would let any department write on any task.
 */
export function rightOn(plan: Plan, entry: RosterEntry | undefined, task: Task, admin: boolean): Right {
  if (admin || entry?.role === "office" || entry?.role === "admin") return "status";
  const agency = entry?.agency;
  if (!agency) return "none";
  if (task.lead.includes(agency)) return "status";
  if (task.cooperating.includes(agency)) return "note";
  const kind = plan.agency(agency)?.kind;
  const covered = task.lead.some((id) => plan.agency(id)?.covers?.includes(kind ?? ""));
  return covered ? "note" : "none";
}

/** Tasks a user may set the status of (for pickers and "which task?" questions). */
export function reportableTasks(plan: Plan, entry: RosterEntry | undefined, admin: boolean): Task[] {
  return plan.tasks.filter((t) => rightOn(plan, entry, t, admin) === "status");
}
