import type { Reply } from "../../message.js";
import { asksRowRole } from "../asks-for-rows.js";
import { taskCount } from "../../render/task-count.js";
import { cut } from "../../render/quote.js";
import { reply, t, type AskContext, handOff } from "../context.js";

/**
 * "Cơ quan nào chủ trì nhiều nhiệm vụ nhất?": the plan's agencies ranked by the rows they lead (or cooperate
 * on, when that is asked), main rows only, ties sharing a rank; «ít … nhất» ranks from the fewest. Collective
 * names ("Các sở, ban, ngành") are not one agency and are left out.
 */
/** "Quý nào có nhiều nhiệm vụ đến hạn nhất?": each quarter's due list, counted as the due list counts it. */
function quarterRanking(ctx: AskContext) {
  const { plan, e } = ctx;
  const fewest = e.cues.has("fewest");
  const counts = ([1, 2, 3, 4] as const)
    .map((quarter) => ({ quarter, ...taskCount(plan.dueIn({ kind: "quarter", quarter }), ctx.lang) }))
    .sort((a, b) => (fewest ? a.n - b.n : b.n - a.n) || a.quarter - b.quarter);
  const roman = ["I", "II", "III", "IV"];
  const lines = counts.map((x, i) => `${i + 1}. ${t(ctx, "Quý", "Quarter")} ${roman[x.quarter - 1]}: ${x.n}${x.note}`);
  const head = t(
    ctx,
    `Quý có ${fewest ? "ít" : "nhiều"} nhiệm vụ đến hạn nhất (${plan.data.year}, như danh sách «quý … có nhiệm vụ nào»):`,
    `Quarters with the ${fewest ? "fewest" : "most"} tasks due (${plan.data.year}, counted as the due lists count):`,
  );
  return reply(ctx, "plan_summary", `${head}\n${lines.join("\n")}`);
}

function ranking(ctx: AskContext) {
  const { plan, e } = ctx;
  const role = e.cues.has("cooperate") && !e.cues.has("lead") ? "coop" : "lead";
  const fewest = e.cues.has("fewest");
  const rows = (id: string) => (role === "lead" ? plan.ledBy(id) : plan.cooperatedBy(id)).filter((x) => !x.parent);
  const counts = plan.data.agencies
    .filter((a) => a.kind !== "collective")
    .map((a) => ({ name: a.name, rows: rows(a.id).map((x) => x.id) }))
    .filter((x) => x.rows.length > 0)
    .sort((a, b) => (fewest ? a.rows.length - b.rows.length : b.rows.length - a.rows.length) || a.name.localeCompare(b.name, "vi"));
  const verb = role === "lead" ? t(ctx, "chủ trì", "leads") : t(ctx, "phối hợp", "cooperates on");
  let rank = 0;
  const lines = counts.slice(0, 6).map((x, i) => {
    if (i === 0 || x.rows.length !== counts[i - 1]!.rows.length) rank = i + 1;
    return `${rank}. ${x.name}: ${verb} ${x.rows.length} (${t(ctx, "nhiệm vụ", "tasks")} ${x.rows.join(", ")})`;
  });
  const head =
    role === "lead"
      ? t(
          ctx,
          `Cơ quan chủ trì ${fewest ? "ít" : "nhiều"} nhiệm vụ nhất (Phụ lục 2, không tính việc con):`,
          `Agencies leading the ${fewest ? "fewest" : "most"} tasks (Phụ lục 2, sub-rows not counted):`,
        )
      : t(
          ctx,
          `Cơ quan phối hợp ${fewest ? "ít" : "nhiều"} nhiệm vụ nhất (Phụ lục 2, không tính việc con):`,
          `Agencies cooperating on the ${fewest ? "fewest" : "most"} tasks (Phụ lục 2, sub-rows not counted):`,
        );
  return reply(ctx, "plan_summary", `${head}\n${lines.join("\n")}`);
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

/** "Nhóm nhiệm vụ nào có nhiều nhiệm vụ nhất?": the plan's areas by their main rows. */
function areaRanking(ctx: AskContext) {
  const { plan, e } = ctx;
  const fewest = e.cues.has("fewest");
  const counts = plan.data.taskGroups.map((g) => ({ g, n: plan.inGroup(g.id).filter((x) => !x.parent).length })).sort((a, b) => (fewest ? a.n - b.n : b.n - a.n) || a.g.id.localeCompare(b.g.id));
  let rank = 0;
  const lines = counts.map(({ g, n }, i) => {
    if (i === 0 || n !== counts[i - 1]!.n) rank = i + 1;
    return `${rank}. ${g.id}. ${ctx.lang === "en" && g.en ? g.en : g.title}: ${n}`;
  });
  const head = t(
    ctx,
    `Nhóm (lĩnh vực) có ${fewest ? "ít" : "nhiều"} nhiệm vụ nhất (Phụ lục 2, không tính việc con):`,
    `Areas with the ${fewest ? "fewest" : "most"} tasks (Phụ lục 2, sub-rows not counted):`,
  );
  return reply(ctx, "plan_summary", `${head}\n${lines.join("\n")}`);
}

export function planSummary(ctx: AskContext): Reply {
  const { plan } = ctx;
  // "Who is in charge of the plan to …": a row's lead, asked by its title, is that row's.
  if (!ctx.e.cues.has("most") && asksRowRole(ctx)) return handOff(ctx, "task");
  if (ctx.e.cues.has("most") && ctx.e.cues.has("area_word") && !ctx.e.cues.has("who")) return areaRanking(ctx);
  if (ctx.e.cues.has("most") && ctx.e.cues.has("which_quarter") && !ctx.e.agencies.length) return quarterRanking(ctx);
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
