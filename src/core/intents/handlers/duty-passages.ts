import type { Reply } from "../../message.js";
import { bestClause, fullChoice, fullRef, letter, quoteOf, sectionLabel, shortRef } from "../../render/quote.js";
import type { Passage } from "../../plan/schema.js";
import { reply, t, type AskContext } from "../context.js";

/** One line on the agency's rows in the appendices, so the body and Phụ lục 1–2 meet in one answer. */
function appendixLine(ctx: AskContext, id: string, name: string): string {
  const { plan } = ctx;
  const [led, coop, mon] = [plan.ledBy(id).length, plan.cooperatedBy(id).length, plan.monitoredBy(id).length];
  if (led + coop + mon === 0) return t(ctx, `Phụ lục 1 và 2 không ghi tên ${name} ở nhiệm vụ hay chỉ tiêu nào.`, `Phụ lục 1–2 name ${name} on no task or target.`);
  return t(
    ctx,
    `Trong Phụ lục: chủ trì ${led} nhiệm vụ, phối hợp ${coop} nhiệm vụ, theo dõi ${mon} chỉ tiêu — hỏi «${name} có nhiệm vụ gì?» để xem danh sách.`,
    `In the appendices: leads ${led} task(s), cooperates on ${coop}, monitors ${mon} target(s) — ask "What does ${name} lead?" for the list.`,
  );
}

/** The agency's points, those the question's words point at first. */
function ordered(ctx: AskContext, own: Passage[]): { p: Passage; focus: boolean }[] {
  const ids = new Set(own.map((p) => p.id));
  const hits = ctx.e.passageHits.filter((h) => ids.has(h.id) && h.matched >= 1 && h.coverage >= 0.5);
  const top = hits[0]?.score ?? 0;
  const focus = new Set(hits.filter((h) => h.score >= top * 0.6).map((h) => h.id));
  if (focus.size === own.length) focus.clear();
  return [...own.filter((p) => focus.has(p.id)), ...own.filter((p) => !focus.has(p.id))].map((p) => ({ p, focus: focus.has(p.id) }));
}

/** The agency's own duties in Mục V, quoted; with none, where else the plan names it. */
export function dutyPassages(ctx: AskContext): Reply {
  const { plan, e } = ctx;
  const id = e.agencies[0]!;
  const name = plan.agencyName(id);
  const own = plan.passages.filter((p) => p.responsible?.includes(id));
  const also = plan.passages.filter((p) => p.id.startsWith("V.") && !own.includes(p) && p.agencies.includes(id)).map(shortRef);
  const alsoLine = also.length ? t(ctx, `${name} còn được nêu tại: ${also.join("; ")}.`, `${name} is also named in: ${also.join("; ")}.`) : "";
  if (own.length === 0) {
    const none = t(ctx, `Mục V (Tổ chức thực hiện) của ${plan.data.shortTitle} không giao trách nhiệm riêng cho ${name}.`, `Section V (implementation) of the plan gives ${name} no duty of its own.`);
    return reply(ctx, "duty", [none, alsoLine, appendixLine(ctx, id, name)].filter(Boolean).join("\n"));
  }
  const part = own[0]!.id.split(".").slice(0, 2).join(".");
  const head = t(ctx, `Theo ${sectionLabel(part, "vi")} (${plan.data.shortTitle}), ${name} có trách nhiệm:`, `Under ${sectionLabel(part, "en")} of the plan, ${name} is responsible for:`);
  const lines = ordered(ctx, own).map(({ p, focus }) => `• ${letter(p)}«${focus ? bestClause(p.text, e.text) : quoteOf(p.text)}» (${shortRef(p)})`);
  const more = t(ctx, `Xem đầy đủ: «${fullRef(part)}».`, `Full text: "${fullRef(part)}".`);
  const text = [head, ...lines, alsoLine, appendixLine(ctx, id, name), more].filter(Boolean).join("\n");
  return reply(ctx, "duty", text, { choices: [fullChoice(part, ctx.lang)] });
}
