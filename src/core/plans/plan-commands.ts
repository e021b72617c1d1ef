import { fold } from "../language/normalise.js";
import type { Reply } from "../message.js";
import type { Plan } from "../plan/plan.js";
import { isAdmin } from "../progress/roster.js";
import type { State } from "../state.js";
import type { PlanLibrary } from "./library.js";

const LIST = /^(?:(?:danh sach|cac|nhung) ke hoach(?: nao)?|(?:bot )?(?:co|dang co) (?:nhung |cac )?ke hoach nao|ke hoach nao dang (?:dung|ap dung)|dang dung ke hoach nao)\s*\??$/;
const SWITCH = /^(?:chuyen sang|chuyen ve|dung|kich hoat|ap dung) ke hoach (?:cchc )?(?:nam )?(20\d\d)$/;

const say = (text: string): Reply => ({ intent: "plan_import", text, lang: "vi", tasks: [], targets: [] });

/** "các kế hoạch" lists the plans; "chuyển sang kế hoạch 2023" (admins) makes one active. */
export function planCommand(text: string, ctx: { library: PlanLibrary; state: Readonly<State>; user: string; admins: readonly string[] }): { reply: Reply; activate?: Plan } | undefined {
  const folded = fold(text)
    .replace(/[.!?]+$/, "")
    .trim();
  const current = ctx.library.active(ctx.state);
  if (LIST.test(folded)) {
    const lines = ctx.library.all().map((p) => `• ${p.data.title} — ${p.tasks.length} nhiệm vụ${p === current ? " (đang dùng)" : ""}`);
    return { reply: say(`Bot đang có ${lines.length} kế hoạch:\n${lines.join("\n")}\nHỏi kế hoạch khác bằng năm, ví dụ «kế hoạch ${current.data.year}: nhiệm vụ 1 là gì?».`) };
  }
  const year = SWITCH.exec(folded)?.[1];
  if (!year) return undefined;
  if (!isAdmin(ctx.state, ctx.user, ctx.admins)) return { reply: say("⛔ Chỉ quản trị viên mới đổi được kế hoạch đang dùng.") };
  const plan = ctx.library.ofYear(Number(year), ctx.state);
  if (!plan) return { reply: say(`Bot không có kế hoạch năm ${year}.`) };
  if (plan === current) return { reply: say(`Câu hỏi đã theo ${plan.data.title}.`) };
  return { reply: say(""), activate: plan };
}
