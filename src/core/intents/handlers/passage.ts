import { rankedPassages } from "../../language/passage-search.js";
import { bestClause, fullChoice, fullRef } from "../../render/quote.js";
import { fold } from "../../language/normalise.js";
import { reply, t, type AskContext, handOff } from "../context.js";
import { areaWords, asksForRows } from "../asks-for-rows.js";

/** The one to three passages of the body that answer a question, quoted where they match. */
export function passage(ctx: AskContext) {
  const { plan, e } = ctx;
  if (asksForRows(ctx)) return handOff(ctx, "topic");
  // A row's title with one of its fields asked ("… phải tổ chức trong quý nào?") is that row; a share asked
  // of what a Phụ lục 1 target measures is that target (its card quotes the body's detail when asked).
  if (ctx.features.has("row_asked") && !e.agencies.length) return handOff(ctx, "task");
  if (ctx.features.has("target_strong") && e.cues.has("target_word")) return handOff(ctx, "target");
  const hits = rankedPassages(e.passageHits);
  const top = hits[0];
  if (!top) {
    return reply(
      ctx,
      "passage",
      t(
        ctx,
        `Không thấy đoạn nào trong ${plan.data.shortTitle} nói về điều này. Bạn thử hỏi theo phần: «mục tiêu», «kinh phí», «căn cứ», «mục V», hoặc gõ «help».`,
        `Nothing in the plan speaks of this. Try a part: "objectives", "funding", "legal bases", "mục V", or type "help".`,
      ),
    );
  }
  const chosen = hits
    .filter((h) => h.pairs >= top.pairs / 2 && h.score >= top.score * 0.4)
    .slice(0, 3)
    .map((h) => plan.passage(h.id)!);
  // The words that name the part of the plan ("Trong cải cách tổ chức bộ máy, …") place the question; the point
  // asked is in the rest, so a quote is chosen by the rest when enough of it is left.
  const area = areaWords(ctx);
  const rest = fold(`${e.text} ${e.translation ?? ""}`)
    .split(" ")
    .filter((w) => !area.has(w));
  const asked = area.size && rest.length >= 3 ? rest.join(" ") : `${e.text} ${e.translation ?? ""}`;
  const quoted = new Set<string>();
  const lines = chosen.flatMap((p) => {
    const quote = bestClause(p.text, asked);
    if (quoted.has(quote.replace(/^… /, ""))) return [];
    quoted.add(quote.replace(/^… /, ""));
    const rows = [...p.tasks.map((id) => t(ctx, `nhiệm vụ ${id}`, `task ${id}`)), ...p.targets.map((id) => t(ctx, `chỉ tiêu ${id}`, `target ${id}`))];
    const related = rows.length ? `\n   ${t(ctx, "Liên quan", "Related")}: ${rows.join(", ")}` : "";
    // A duty passage says what to do; who must do it is its heading ("8. Báo Bình Định, Đài …"): name them.
    const heading = p.responsible?.length ? p.section.at(-1)?.replace(/^[\dIVX]+[.)]\s*/, "") : undefined;
    const who = heading && !fold(quote).includes(fold(heading)) ? t(ctx, ` — giao cho: ${heading}`, ` — assigned to: ${heading}`) : "";
    return [`• «${quote}» (${p.ref}${who})${related}`];
  });
  const head = t(ctx, `${plan.data.shortTitle} viết:`, "The plan says (in Vietnamese):");
  const more = t(ctx, `Xem đầy đủ: «${fullRef(chosen[0]!.id)}».`, `Full text: "${fullRef(chosen[0]!.id)}".`);
  return reply(ctx, "passage", [head, ...lines, more].join("\n"), { choices: chosen.map((p) => fullChoice(p.id, ctx.lang)) });
}
