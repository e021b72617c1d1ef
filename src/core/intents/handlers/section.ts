import { areaWords, asksForRows, asksRowRole } from "../asks-for-rows.js";
import { rankedPassages } from "../../language/passage-search.js";
import type { Plan } from "../../plan/plan.js";
import type { Passage } from "../../plan/schema.js";
import { fullChoice, fullRef, letter, quoteOf, sectionLabel, shortRef } from "../../render/quote.js";
import { reply, t, type AskContext, handOff } from "../context.js";

/** A section read in full holds at most this many points; a bigger one is shown as its outline. */
const FULL_MAX = 6;

const under = (plan: Plan, id: string) => plan.passages.filter((p) => p.id === id || p.id.startsWith(`${id}.`));

function title(ctx: AskContext, id: string): string {
  const s = ctx.plan.sections.find((x) => x.id === id);
  const name = s ? (ctx.lang === "en" && s.en ? `${s.en} (${s.title})` : s.title) : "";
  const label = sectionLabel(id, ctx.lang);
  return id === "CC" ? `${label} (${t(ctx, "Quyết định ban hành", "the decision issuing")} ${ctx.plan.data.shortTitle})` : `${label}${name ? `. ${name}` : ""}`;
}

/** Where the body states a target differently from Phụ lục 1 (Mục II.2.e against target 7.4). */
function conflicts(ctx: AskContext, passages: Passage[]): string[] {
  const ids = new Set(passages.flatMap((p) => p.targets));
  return ctx.plan.targets.filter((x) => ids.has(x.id) && x.conflict).map((x) => `⚠ ${t(ctx, "Chỉ tiêu", "Target")} ${x.id}: ${x.conflict}`);
}

function links(ctx: AskContext, passages: Passage[]): string {
  const tasks = [...new Set(passages.flatMap((p) => p.tasks))];
  const targets = [...new Set(passages.flatMap((p) => p.targets))];
  const parts = [
    tasks.length ? t(ctx, `nhiệm vụ ${tasks.join(", ")} (Phụ lục 2)`, `tasks ${tasks.join(", ")} (Phụ lục 2)`) : "",
    targets.length ? t(ctx, `chỉ tiêu ${targets.join(", ")} (Phụ lục 1)`, `targets ${targets.join(", ")} (Phụ lục 1)`) : "",
  ].filter(Boolean);
  return parts.length ? t(ctx, `Liên quan: ${parts.join("; ")}.`, `Related: ${parts.join("; ")}.`) : "";
}

/** The whole text of a section's points, as written. */
function full(ctx: AskContext, id: string, passages: Passage[]) {
  const body = passages.map((p) => `${letter(p)}${p.text} (${shortRef(p)})`);
  const text = [`${title(ctx, id)}:`, ...body, ...conflicts(ctx, passages), links(ctx, passages)].filter(Boolean).join("\n");
  return reply(ctx, "section", text);
}

/** The headings under a part, to pick from. */
function outline(ctx: AskContext, id: string, passages: readonly Passage[]) {
  const { plan } = ctx;
  const depth = id ? id.split(".").length + 1 : 1;
  const children = plan.sections.filter((s) => (!id || s.id.startsWith(`${id}.`)) && s.id.split(".").length === depth);
  const loose = passages.filter((p) => !children.some((c) => p.id.startsWith(`${c.id}.`) || p.id === c.id));
  const lines = [...children.map((c) => `• ${sectionLabel(c.id, ctx.lang)}. ${ctx.lang === "en" && c.en ? c.en : c.title}`), ...loose.map((p) => `• ${shortRef(p)}: «${quoteOf(p.text)}»`)];
  const hint = t(ctx, `Hỏi «mục ${children[0]?.id ?? id}» để đọc một mục.`, `Ask "mục ${children[0]?.id ?? id}" to read one.`);
  const head = id ? `${title(ctx, id)}:` : t(ctx, `${plan.data.title} gồm:`, `The ${plan.data.title} has:`);
  return reply(ctx, "section", [head, ...lines, hint].join("\n"), { choices: children.slice(0, 8).map((c) => fullChoice(c.id, ctx.lang)) });
}

/** The essential sentence of each point, with the way to the full text. */
function brief(ctx: AskContext, ids: string[]) {
  const big = ids.find((id) => under(ctx.plan, id).length > FULL_MAX);
  if (big) return outline(ctx, big, under(ctx.plan, big));
  const parts = ids.map((id) => {
    const passages = under(ctx.plan, id);
    const lines = passages.map((p) => `• «${quoteOf(p.text)}» (${shortRef(p)})`);
    return [`${title(ctx, id)}:`, ...lines, ...conflicts(ctx, passages), links(ctx, passages)].filter(Boolean).join("\n");
  });
  const cut = ids.filter((id) => under(ctx.plan, id).some((p) => quoteOf(p.text) !== p.text));
  const more = cut.length ? t(ctx, `Xem đầy đủ: ${cut.map((id) => `«${fullRef(id)}»`).join(", ")}.`, `Full text: ${cut.map((id) => `"${fullRef(id)}"`).join(", ")}.`) : "";
  return reply(ctx, "section", [...parts, more].filter(Boolean).join("\n"), { choices: cut.map((id) => fullChoice(id, ctx.lang)) });
}

export function section(ctx: AskContext) {
  const { plan, e } = ctx;
  if (!e.sectionRef && asksForRows(ctx)) return handOff(ctx, "topic");
  if (!e.sectionRef && asksRowRole(ctx)) return handOff(ctx, "task");
  // A row's title, quoted, names no heading of the body: it is that row.
  if (!e.sectionRef && !e.sections.length && e.groupCover < 0.6 && ctx.features.has("task_strong")) return handOff(ctx, "task");
  if (e.sectionRef) {
    const passages = under(plan, e.sectionRef);
    if (passages.length === 0) {
      const parts = plan.sections
        .filter((s) => !s.id.includes("."))
        .map((s) => sectionLabel(s.id, ctx.lang))
        .join(", ");
      return reply(ctx, "section", t(ctx, `${plan.data.shortTitle} không có mục ${e.sectionRef}. Các phần: ${parts}.`, `The plan has no section ${e.sectionRef}. Its parts: ${parts}.`));
    }
    return passages.length <= FULL_MAX ? full(ctx, e.sectionRef, passages) : outline(ctx, e.sectionRef, passages);
  }
  const ids = e.sections.length ? e.sections : plan.sections.filter((s) => s.group && e.groups.includes(s.group)).map((s) => s.id);
  if (ids.length === 0) return outline(ctx, "", plan.passages);
  // "Trong cải cách tổ chức bộ máy, … nguyên tắc phân công thế nào?": the part named, and a point of it asked.
  // (An English question's words cannot be weighed against the Vietnamese title.)
  const area = areaWords(ctx);
  const beyond = e.lang === "vi" && e.contentWords.filter((w) => !area.has(w)).length >= 2;
  const top = beyond && !e.sections.length && e.groupCover < 0.6 ? rankedPassages(e.passageHits)[0] : undefined;
  if (top && ids.some((id) => top.id === id || top.id.startsWith(`${id}.`))) return handOff(ctx, "passage");
  return brief(ctx, ids.slice(0, 2));
}
