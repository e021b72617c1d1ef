import { compareIds } from "../../plan/plan.js";
import type { Task } from "../../plan/schema.js";
import { themeHits } from "../features.js";
import { taskItem, taskList } from "../../render/lines.js";
import { reply, t, type AskContext } from "../context.js";

/** Tasks whose own words match a theme, when the question names no area of the plan. */
function theme(ctx: AskContext) {
  const { plan, e } = ctx;
  const agency = e.agencies[0];
  const tasks = themeHits(e.taskHits)
    .map((h) => plan.task(h.id)!)
    .filter((x) => !agency || x.lead.includes(agency))
    .sort((a, b) => compareIds(a.id, b.id));
  const text = tasks.length
    ? `${t(ctx, `Có ${tasks.length} nhiệm vụ liên quan:`, `${tasks.length} related task(s):`)}\n${taskList(plan, tasks, ctx.lang, { status: ctx.status })}`
    : t(ctx, "Không thấy nhiệm vụ nào trong Kế hoạch khớp với chủ đề này.", "No task in the plan matches this theme.");
  return reply(ctx, "topic", text, { tasks: tasks.map((x) => x.id), items: tasks.map((x) => taskItem(plan, x, ctx.lang, ctx.status)) });
}

export function topic(ctx: AskContext) {
  const { plan, e } = ctx;
  if (e.groups.length === 0) return theme(ctx);
  const agency = e.agencies[0];
  const parts: string[] = [];
  const ids: string[] = [];
  for (const groupId of e.groups) {
    const group = plan.group(groupId)!;
    // "Sở Nội vụ có nhiệm vụ nào trong …" counts its cooperation too; "… chủ trì" only what it leads.
    const involved = (x: Task) => !agency || x.lead.includes(agency) || (!e.cues.has("lead") && x.cooperating.includes(agency));
    const tasks = plan.inGroup(groupId).filter(involved).sort((a, b) => compareIds(a.id, b.id));
    const title = ctx.lang === "en" && group.en ? `${group.en} (${group.title})` : group.title;
    const who = !agency ? "" : e.cues.has("lead") ? t(ctx, ` do ${plan.agencyName(agency)} chủ trì`, ` led by ${plan.agencyName(agency)}`) : t(ctx, ` có ${plan.agencyName(agency)} (chủ trì hoặc phối hợp)`, ` involving ${plan.agencyName(agency)}`);
    parts.push(
      tasks.length
        ? `${t(ctx, `Nhóm ${group.id}. ${title} có ${tasks.length} nhiệm vụ${who}:`, `Group ${group.id}. ${title}: ${tasks.length} task(s)${who}:`)}\n${taskList(plan, tasks, ctx.lang, { status: ctx.status })}`
        : t(ctx, `Nhóm ${group.id}. ${title} không có nhiệm vụ nào${who}.`, `Group ${group.id}. ${title} has no task${who}.`),
    );
    ids.push(...tasks.map((x) => x.id));
  }
  return reply(ctx, "topic", parts.join("\n\n"), { tasks: ids, items: ids.map((id) => taskItem(plan, plan.task(id)!, ctx.lang, ctx.status)) });
}
