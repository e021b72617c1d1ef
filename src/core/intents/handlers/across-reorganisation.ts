import { containsPhrase } from "../../language/normalise.js";
import type { Reply } from "../../message.js";
import type { Crossing, PlanWithSuccessions } from "../../plan/successions.js";
import { dmy } from "../../render/dates.js";
import { t, type AskContext, type AskHandler } from "../context.js";
import { withLine } from "../../render/reply-text.js";

// Contexts this module already answered for, so the agency handler it calls back answers plainly.
const inner = new WeakSet<AskContext>();

function plainly(ctx: AskContext): AskContext {
  inner.add(ctx);
  return ctx;
}

/** The crossing named by the longest reorganisation phrase in the question that resolved to an agency asked about. */
function crossingOf(ctx: AskContext): Crossing | undefined {
  const index = (ctx.plan as PlanWithSuccessions).successions;
  if (!index) return undefined;
  const padded = ` ${ctx.e.folded} `;
  for (const { phrase, crossing } of index.phrases) {
    if (!containsPhrase(padded, phrase)) continue;
    if (crossing.named.some((id) => ctx.e.agencies.includes(id))) return crossing;
  }
  return undefined;
}

function names(ctx: AskContext, ids: readonly string[]): string {
  const all = ids.map((id) => ctx.plan.agencyName(id));
  return all.length > 1 ? `${all.slice(0, -1).join(", ")} ${t(ctx, "và", "and")} ${all.at(-1)}` : all.join("");
}

/**
 * "Sở KH&ĐT có nhiệm vụ gì" on a 2026 plan answers with Sở Tài chính's tasks; "Sở Khoa học và Công nghệ" on the
 * 2023 plan with Sở Thông tin và Truyền thông's; each with one line saying who took over and on what basis.
 * Undefined when the question names no agency across the reorganisation.
 */
export function acrossReorganisation(ctx: AskContext, answer: AskHandler): Reply | undefined {
  if (inner.has(ctx)) return undefined;
  const crossing = crossingOf(ctx);
  if (!crossing) return undefined;
  const { succession: s, direction, ids } = crossing;
  const what = s.summary.charAt(0).toUpperCase() + s.summary.slice(1);
  const when = `${t(ctx, "từ", "from")} ${dmy(s.effective)} (${t(ctx, "theo", "under")} ${s.basis})`;
  if (direction === "both") {
    // The 2023 plan's Sở Tài chính is still itself; after the change a reader may want the merged office's rows too.
    if (ctx.now.getTime() < Date.parse(`${s.effective}T00:00:00+07:00`)) return undefined;
    const r = answer(plainly(ctx));
    const hint = t(
      ctx,
      `Lưu ý: ${s.summary} ${when}; hỏi «${names(ctx, ids)} có nhiệm vụ gì?» để xem phần việc đó trong kế hoạch này.`,
      `Note: ${s.summary} ${when}; ask about ${names(ctx, ids)} for that part of this plan.`,
    );
    return withLine(r, hint, "after");
  }
  const note =
    direction === "forward"
      ? t(
          ctx,
          `${what} ${when}. Dưới đây là nhiệm vụ của ${names(ctx, ids)} trong ${ctx.plan.data.shortTitle}:`,
          `${what} ${when}. Here are ${names(ctx, ids)}'s tasks in ${ctx.plan.data.shortTitle}:`,
        )
      : t(
          ctx,
          `${ctx.plan.data.shortTitle} chưa có ${crossing.asked}: ${s.summary} ${when}. Dưới đây là nhiệm vụ của ${names(ctx, ids)} trong kế hoạch này:`,
          `${ctx.plan.data.shortTitle} predates ${crossing.asked}: ${s.summary} ${when}. Here are ${names(ctx, ids)}'s tasks in this plan:`,
        );
  // Several agencies asked together ("… và Sở TT&TT cùng tham gia …") keep their own answer, under the note.
  const each = ctx.e.agencies.length > 1 ? [ctx.e.agencies] : ids.map((id) => [id]);
  const replies = each.map((agencies) => answer(plainly({ ...ctx, e: { ...ctx.e, agencies } })));
  const first = replies[0]!;
  return {
    ...first,
    text: [note, ...replies.map((r) => r.text)].join("\n\n"),
    tasks: [...new Set(replies.flatMap((r) => r.tasks))],
    targets: [...new Set(replies.flatMap((r) => r.targets))],
    items: replies.flatMap((r) => r.items ?? []),
    ...(replies.every((r) => r.body) ? { body: { intro: note, sections: replies.flatMap((r) => r.body!.sections) } } : { body: undefined }),
  };
}

/** Other lists naming an agency across the change (due in a period) get the same one line, above the answer. */
export function withReorganisationNote(ctx: AskContext, r: Reply): Reply {
  const crossing = crossingOf(ctx);
  if (!crossing || crossing.direction === "both") return r;
  const s = crossing.succession;
  const what = s.summary.charAt(0).toUpperCase() + s.summary.slice(1);
  return withLine(r, `${what} ${t(ctx, "từ", "from")} ${dmy(s.effective)} (${t(ctx, "theo", "under")} ${s.basis}).`, "before", "\n");
}
