import { containsPhrase } from "../language/normalise.js";
import type { Reply } from "../message.js";
import type { Plan } from "../plan/plan.js";
import type { Role, State } from "../state.js";
import { isAdmin } from "./roster.js";
import { answer, tt, type Turn } from "./turn.js";

export type RosterChange = { user: string; agency?: string; role?: Role; name?: string; by?: string } | { user: string; remove: true };

/** Applies one roster change; shared by the CLI and the chat command. Returns what it did, in Vietnamese. */
export function applyRoster(draft: State, plan: Plan, change: RosterChange, at: Date): string {
  const existing = draft.roster.find((r) => r.user === change.user);
  if ("remove" in change) {
    if (!existing) return `${change.user} không có trong danh sách.`;
    draft.roster = draft.roster.filter((r) => r.user !== change.user);
    return `Đã xóa ${change.user} khỏi danh sách.`;
  }
  const entry = existing ?? { user: change.user, role: "member" as Role, addedAt: at.toISOString(), addedBy: change.by };
  if (change.agency) entry.agency = change.agency;
  if (change.role) entry.role = change.role;
  if (change.name) entry.name = change.name;
  if (!existing) draft.roster.push(entry);
  const agency = entry.agency ? plan.agencyName(entry.agency) : "chưa gán cơ quan";
  return `${change.user}: ${agency}, vai trò ${entry.role}.`;
}

/** Admin chat: "gán slack:U123 cho Sở Tư pháp", "cấp quyền office cho slack:U9", "xóa slack:U123", "danh sách người dùng". */
export async function rosterChat(turn: Turn): Promise<Reply> {
  const user = turn.message.user;
  const state = turn.store.read((s) => s);
  if (!isAdmin(state, user, turn.config.admins)) {
    return answer(turn, "denied", tt(turn, "Chỉ quản trị viên mới quản lý danh sách người báo cáo. Chưa có gì thay đổi.", "Only admins manage the roster. Nothing changed."));
  }
  const target = turn.e.userRefs[0];
  if (!target) return answer(turn, "roster", rosterList(turn.plan, state));
  const f = turn.e.folded;
  // "bỏ quyền admin" takes a role away; only "xóa …", "… khỏi danh sách" or "remove" take the person off.
  const revoke = ["bo quyen", "thu hoi quyen", "go quyen", "revoke"].some((w) => containsPhrase(f, w));
  const remove = !revoke && ["xoa", "remove", "khoi danh sach", "ra khoi"].some((w) => containsPhrase(f, w));
  const role = revoke ? "member" : (["admin", "office", "member"] as const).find((r) => containsPhrase(f, r));
  const agency = turn.e.agencies.find((id) => turn.plan.agency(id)?.kind !== "collective");
  if (!remove && !agency && turn.e.agencies.length)
    return answer(
      turn,
      "clarify",
      tt(
        turn,
        `«${turn.plan.agencyName(turn.e.agencies[0]!)}» là một nhóm cơ quan, không gán người dùng vào được. Hãy gán cho một cơ quan cụ thể, ví dụ Sở Tư pháp.`,
        "That is a group of agencies; assign the user to one agency.",
      ),
    );
  if (!remove && !role && !agency) {
    return answer(
      turn,
      "clarify",
      tt(turn, `Gán ${target} cho cơ quan nào? Ví dụ «gán ${target} cho Sở Tư pháp» hoặc «cấp quyền office cho ${target}».`, `Assign ${target} to which agency? E.g. "gán ${target} cho Sở Tư pháp".`),
    );
  }
  const result = await turn.store.update((d) => applyRoster(d, turn.plan, remove ? { user: target, remove: true } : { user: target, agency, role, by: user }, turn.now));
  return answer(turn, "roster", result);
}

export function rosterList(plan: Plan, state: Readonly<State>): string {
  if (state.roster.length === 0) return "Danh sách người báo cáo đang trống. Thêm bằng «gán <người dùng> cho <cơ quan>» hoặc lệnh roster add.";
  return state.roster.map((r) => `• ${r.user}${r.name ? ` (${r.name})` : ""}: ${r.agency ? plan.agencyName(r.agency) : "—"}, ${r.role}`).join("\n");
}
