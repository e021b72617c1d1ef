import { compareIds } from "../../plan/plan.js";
import type { Task } from "../../plan/schema.js";
import { themeHits } from "../features.js";
import { taskSection } from "../../render/lines.js";
import type { ReplySection } from "../../message.js";
import { bodyReply, reply, t, type AskContext } from "../context.js";

/** Tasks whose own words match a theme, when the question names no area of the plan. */
function theme(ctx: AskContext) {
  const { plan, e } = ctx;
  const agency = e.agencies[0];
  const tasks = themeHits(e.taskHits)
    .map((h) => plan.task(h.id)!)
    .filter((x) => !agency || x.lead.includes(agency));
  // The row that matches best comes first (the search's order); the rest follow in the plan's order.
  const [best, ...rest] = tasks;
  if (best) tasks.splice(0, tasks.length, best, ...rest.sort((a, b) => compareIds(a.id, b.id)));
  if (tasks.length === 0) return reply(ctx, "topic", t(ctx, "Không thấy nhiệm vụ nào trong Kế hoạch khớp với chủ đề này.", "No task in the plan matches this theme."));
  const section = taskSection(plan, t(ctx, `Có ${tasks.length} nhiệm vụ liên quan:`, `${tasks.length} related task(s):`), tasks, ctx.lang, { status: ctx.status });
  return bodyReply(ctx, "topic", { sections: [section] }, { tasks: tasks.map((x) => x.id) });
}

export function topic(ctx: AskContext) {
  const { plan, e } = ctx;
  if (e.groups.length === 0) return theme(ctx);
  const agency = e.agencies[0];
  const sections: ReplySection[] = [];
  const ids: string[] = [];
  // A row whose own words the question names best leads its group's list.
  const top = e.taskHits[0]?.id;
  for (const groupId of e.groups) {
    const group = plan.group(groupId)!;
    // "Sở Nội vụ có nhiệm vụ nào trong …" counts its cooperation too; "… chủ trì" only what it leads.
    const involved = (x: Task) => !agency || x.lead.includes(agency) || (!e.cues.has("lead") && x.cooperating.includes(agency));
    const tasks = plan
      .inGroup(groupId)
      .filter(involved)
      .sort((a, b) => Number(b.id === top) - Number(a.id === top) || compareIds(a.id, b.id));
    const title = ctx.lang === "en" && group.en ? `${group.en} (${group.title})` : group.title;
    const who = !agency
      ? ""
      : e.cues.has("lead")
        ? t(ctx, ` do ${plan.agencyName(agency)} chủ trì`, ` led by ${plan.agencyName(agency)}`)
        : t(ctx, ` có ${plan.agencyName(agency)} (chủ trì hoặc phối hợp)`, ` involving ${plan.agencyName(agency)}`);
    sections.push(
      tasks.length
        ? taskSection(plan, t(ctx, `Nhóm ${group.id}. ${title} có ${tasks.length} nhiệm vụ${who}:`, `Group ${group.id}. ${title}: ${tasks.length} task(s)${who}:`), tasks, ctx.lang, {
            status: ctx.status,
          })
        : { head: t(ctx, `Nhóm ${group.id}. ${title} không có nhiệm vụ nào${who}.`, `Group ${group.id}. ${title} has no task${who}.`), items: [] },
    );
    ids.push(...tasks.map((x) => x.id));
  }
  return bodyReply(ctx, "topic", { sections }, { tasks: ids });
}
