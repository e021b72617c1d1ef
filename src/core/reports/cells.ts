import type { Plan } from "../plan/plan.js";
import { personName } from "../progress/turn.js";
import type { ProgressRecord, State } from "../state.js";

/** "20/06/2023" in the bot's time zone. */
export function vnDate(iso: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date(iso));
}

/** "Nguyễn Văn An (Sở Nội vụ)": the reporter's roster name and agency. */
export function reporterOf(plan: Plan, state: Readonly<State>, r: ProgressRecord): string {
  const name = state.roster.find((x) => x.user === r.user)?.name ?? r.name ?? personName(state, r.user);
  return `${name}${r.agency ? ` (${plan.agencyName(r.agency)})` : ""}`;
}
