import type { State } from "../state.js";
import type { standings } from "./standing.js";
import { statusName } from "./statuses.js";
import { personName, tt, vnDateTime, type Turn } from "./turn.js";

/** "Nguyễn Văn An (Sở Nội vụ)": roster name, else the platform's display name, else the id; then the agency. */
export function reporterName(turn: Pick<Turn, "plan">, state: Readonly<State>, r: { user: string; name?: string; agency?: string }): string {
  const name = state.roster.find((x) => x.user === r.user)?.name ?? r.name ?? personName(state, r.user);
  return `${name}${r.agency ? ` (${turn.plan.agencyName(r.agency)})` : ""}`;
}

/** "✅ Hoàn thành · alice (Sở Tư pháp), 10/03/2023 09:00" for a task, or undefined. */
export function statusLookup(turn: Pick<Turn, "lang" | "config" | "plan">, state: Readonly<State>, statuses: ReturnType<typeof standings>["statuses"]) {
  return (taskId: string) => {
    const s = statuses.get(taskId);
    if (!s) return undefined;
    const who = reporterName(turn, state, s.record);
    const pending = s.pending ? (turn.lang === "en" ? ", awaiting confirmation" : ", chờ xác nhận") : "";
    const reason = s.status === "blocked" && s.record.reason ? tt(turn, ` (vướng: ${s.record.reason})`, ` (blocked by: ${s.record.reason})`) : "";
    return `${statusName(s.status, turn.lang, s.percent)}${reason}${pending} · ${who}, ${vnDateTime(s.record.at, turn.config.timezone)}`;
  };
}
