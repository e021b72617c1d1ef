import { cut } from "../../render/quote.js";
import { reply, t, type AskContext } from "../context.js";

/** "Kế hoạch có bao nhiêu nhiệm vụ?": tasks per area and the number of targets. */
/** "Cơ quan nào chủ trì nhiều nhiệm vụ nhất?": agencies by the number of rows they lead. */
function ranking(ctx: AskContext) {
  const { plan } = ctx;
  const counts = plan.data.agencies
    .map((a) => ({ name: a.name, led: plan.ledBy(a.id).filter((x) => !x.parent).length, coop: plan.cooperatedBy(a.id).filter((x) => !x.parent).length }))
    .filter((x) => x.led > 0)
    .sort((a, b) => b.led - a.led || b.coop - a.coop);
  const lines = counts.slice(0, 6).map((x, i) => `${i + 1}. ${x.name}: ${t(ctx, `chủ trì ${x.led}`, `leads ${x.led}`)}`);
  return reply(
    ctx,
    "plan_summary",
    `${t(ctx, "Cơ quan chủ trì nhiều nhiệm vụ nhất (Phụ lục 2, không tính việc con):", "Agencies leading the most tasks (Phụ lục 2, sub-rows not counted):")}\n${lines.join("\n")}`,
  );
}

/** "Tóm tắt kế hoạch", "kế hoạch này nói về gì": the plan itself in a few lines, from its own data. */
function overview(ctx: AskContext) {
  const { plan } = ctx;
  const d = plan.data;
  const purpose = plan.passages.find((p) => p.id.startsWith("I.1"))?.text ?? plan.passages.find((p) => p.id.startsWith("II.1"))?.text;
  const areas = d.taskGroups.map((g) => (ctx.lang === "en" && g.en ? g.en : g.title.charAt(0) + g.title.slice(1).toLowerCase()));
  const main = plan.tasks.filter((x) => !x.parent).length;
  const text = t(
    ctx,
    [
      `${d.title} (${d.issuedBy}).`,
      purpose ? `Mục đích: ${cut(purpose, 220)}` : "",
      `Gồm ${main} nhiệm vụ trọng tâm (Phụ lục 2) và ${plan.targets.length} chỉ tiêu (Phụ lục 1), theo ${areas.length} lĩnh vực: ${areas.join("; ")}.`,
      "Hỏi «quý 2 có những nhiệm vụ nào», «Sở Nội vụ có nhiệm vụ gì» hoặc «mục V» để xem chi tiết.",
    ]
      .filter(Boolean)
      .join("\n"),
    [
      `${d.title} (${d.issuedBy}).`,
      purpose ? `Purpose: ${cut(purpose, 220)}` : "",
      `${main} key tasks (Phụ lục 2) and ${plan.targets.length} targets (Phụ lục 1) in ${areas.length} areas: ${areas.join("; ")}.`,
      'Ask "What is due in Q2?" or "section V" for details.',
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return reply(ctx, "plan_summary", text);
}

export function planSummary(ctx: AskContext) {
  const { plan } = ctx;
  if (ctx.e.cues.has("most")) return ranking(ctx);
  if (ctx.e.cues.has("summary") && !ctx.e.cues.has("count")) return overview(ctx);
  const main = plan.tasks.filter((x) => !x.parent);
  const subs = plan.tasks.filter((x) => x.parent).map((x) => x.id);
  const groups = plan.data.taskGroups.map((g) => `• ${g.id}. ${ctx.lang === "en" && g.en ? g.en : g.title}: ${plan.inGroup(g.id).filter((x) => !x.parent).length}`);
  const text = t(
    ctx,
    `${plan.data.title} có ${main.length} nhiệm vụ trọng tâm (Phụ lục 2; ${plan.tasks.length} dòng kể cả các việc ${subs.join(", ")}) và ${plan.targets.length} chỉ tiêu (Phụ lục 1). Theo lĩnh vực:\n${groups.join("\n")}\nHỏi «các nhiệm vụ cải cách thể chế» hoặc «quý 2 có những nhiệm vụ nào» để xem danh sách.`,
    `The ${plan.data.title} has ${main.length} key tasks (Phụ lục 2; ${plan.tasks.length} rows with sub-tasks ${subs.join(", ")}) and ${plan.targets.length} targets (Phụ lục 1). By area:\n${groups.join("\n")}`,
  );
  return reply(ctx, "plan_summary", text);
}
