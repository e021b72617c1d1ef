import { askedRole } from "../asked-role.js";
import { fold } from "../../language/normalise.js";
import { areaWords, asksTheBody } from "../asks-for-rows.js";
import { compareIds } from "../../plan/plan.js";
import type { Task } from "../../plan/schema.js";
import { themeHits } from "../features.js";
import { taskSection } from "../../render/lines.js";
import { taskCount } from "../../render/task-count.js";
import type { Reply, ReplySection } from "../../message.js";
import { bodyReply, reply, t, type AskContext, handOff } from "../context.js";

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
  const count = taskCount(tasks, ctx.lang);
  const section = taskSection(plan, t(ctx, `Có ${count.n} nhiệm vụ liên quan${count.note}:`, `${count.n} related task(s)${count.note}:`), tasks, ctx.lang, { status: ctx.status });
  return bodyReply(ctx, "topic", { sections: [section] }, { tasks: tasks.map((x) => x.id) });
}

/**
 * "nhiệm vụ nào về rà soát thủ tục hành chính?": the question names an area and narrows it. The answer is the
 * area's rows that the search finds and that share a word of the question the area's title and its other rows lack.
 */
function narrowed(ctx: AskContext, tasks: Task[]): Task[] {
  const { e } = ctx;
  // The question is the area's name (or its number): nothing narrows it.
  if (e.groupCover >= 0.6) return tasks;
  const found = new Set(e.taskHits.filter((h) => h.coverage >= 0.5).map((h) => h.id));
  const wordsOf = (x: Task) => new Set(fold(x.title).split(" "));
  // Words of the area's title and of the agencies named do not narrow anything.
  const area = areaWords(ctx, true);
  const titles = new Map(tasks.map((x) => [x.id, wordsOf(x)]));
  const asked = e.contentWords.filter((w) => w.length >= 2 && !area.has(w) && tasks.some((x) => !titles.get(x.id)!.has(w)));
  const chosen = tasks.filter((x) => found.has(x.id) && asked.some((w) => titles.get(x.id)!.has(w)));
  return chosen.length ? chosen : tasks;
}

export function topic(ctx: AskContext): Reply {
  const { plan, e } = ctx;
  // "Nhóm nào có nhiều nhiệm vụ nhất?" ranks the areas: the plan's summary answers it.
  if (e.cues.has("most") && e.cues.has("area_word") && !e.cues.has("who")) return handOff(ctx, "plan_summary");
  if (asksTheBody(ctx)) return handOff(ctx, "passage");
  if (e.groups.length === 0) return theme(ctx);
  const agency = e.agencies[0];
  const role = askedRole(e.cues);
  const sections: ReplySection[] = [];
  const ids: string[] = [];
  // A row whose own words the question names best leads its group's list.
  const top = e.taskHits[0]?.id;
  for (const groupId of e.groups) {
    const group = plan.group(groupId)!;
    // "Sở Nội vụ có nhiệm vụ nào trong …" counts its cooperation too; "… chủ trì" only what it leads.
    const involved = (x: Task) => !agency || (role !== "cooperating" && x.lead.includes(agency)) || (role !== "lead" && x.cooperating.includes(agency) && !x.lead.includes(agency));
    const tasks = narrowed(ctx, plan.inGroup(groupId).filter(involved)).sort((a, b) => Number(b.id === top) - Number(a.id === top) || compareIds(a.id, b.id));
    const title = ctx.lang === "en" && group.en ? `${group.en} (${group.title})` : group.title;
    const who = !agency
      ? ""
      : role === "lead"
        ? t(ctx, ` do ${plan.agencyName(agency)} chủ trì`, ` led by ${plan.agencyName(agency)}`)
        : role === "cooperating"
          ? t(ctx, ` có ${plan.agencyName(agency)} phối hợp`, ` where ${plan.agencyName(agency)} cooperates`)
          : t(ctx, ` có ${plan.agencyName(agency)} (chủ trì hoặc phối hợp)`, ` involving ${plan.agencyName(agency)}`);
    const count = taskCount(tasks, ctx.lang);
    sections.push(
      tasks.length
        ? taskSection(plan, t(ctx, `Nhóm ${group.id}. ${title} có ${count.n} nhiệm vụ${who}${count.note}:`, `Group ${group.id}. ${title}: ${count.n} task(s)${who}${count.note}:`), tasks, ctx.lang, {
            status: ctx.status,
          })
        : { head: t(ctx, `Nhóm ${group.id}. ${title} không có nhiệm vụ nào${who}.`, `Group ${group.id}. ${title} has no task${who}.`), items: [] },
    );
    ids.push(...tasks.map((x) => x.id));
  }
  // One row left, and the question asks what it produces or when or who: that row's card answers it.
  const asked = ["product", "when", "who"].some((c) => e.cues.has(c));
  if (ids.length === 1 && asked) return handOff(ctx, "task", { ...e, tasks: ids });
  // "Nhóm IV và nhóm VI cộng lại có bao nhiêu nhiệm vụ?": the areas' lists, and their sum.
  if (e.groups.length > 1 && e.cues.has("count")) {
    const total = taskCount(
      plan.tasks.filter((x) => ids.includes(x.id)),
      ctx.lang,
    );
    sections.push({ head: t(ctx, `Cộng lại: ${total.n} nhiệm vụ${total.note}.`, `Together: ${total.n} task(s)${total.note}.`), items: [] });
  }
  return bodyReply(ctx, "topic", { sections }, { tasks: ids });
}
