import { reply, t, type AskContext } from "../context.js";

/** "Kế hoạch có bao nhiêu nhiệm vụ?": tasks per area and the number of targets. */
export function planSummary(ctx: AskContext) {
  const { plan } = ctx;
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
