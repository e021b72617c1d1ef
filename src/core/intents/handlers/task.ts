import { bestHits } from "../features.js";
import { bodyDetail } from "./body-detail.js";
import { asksForRows, asksTheBody } from "../asks-for-rows.js";
import { milestonesText } from "../../render/dates.js";
import { cooperatingNames, leadNames, taskItem } from "../../render/lines.js";
import { bodyReply, reply, t, type AskContext, handOff } from "../context.js";
import type { Task } from "../../plan/schema.js";
import type { Reply, ReplyField, ReplyItem } from "../../message.js";

/** The task(s) a question is about: numbers first, else the best search hits. */
export function askedTasks(ctx: AskContext): Task[] {
  const { plan, e } = ctx;
  if (e.tasks.length) return e.tasks.map((id) => plan.task(id)!);
  return bestHits(e.taskHits, ctx.features.has("task_strong")).map((h) => plan.task(h.id)!);
}

/** The whole row: lead, cooperating agencies, product, deadline, progress, sub-rows and where it stands in the plan. */
function card(ctx: AskContext, task: Task): ReplyItem {
  const { plan } = ctx;
  const group = plan.group(task.group);
  const fields: ReplyField[] = [
    { label: t(ctx, "Chủ trì", "Lead"), value: leadNames(plan, task) },
    { label: t(ctx, "Phối hợp", "Cooperating"), value: cooperatingNames(plan, task) || "—" },
    { label: t(ctx, "Sản phẩm", "Deliverable"), value: task.deliverable },
    {
      label: t(ctx, "Thời gian", "Deadline"),
      value: `${milestonesText(task.milestones, ctx.lang)}${task.milestones.some((m) => m.inherited) ? t(ctx, " — theo ô gộp của nhiệm vụ " + task.parent, " — from the merged cell of task " + task.parent) : ""}`,
    },
  ];
  const detail = ctx.e.tasks.length ? undefined : bodyDetail(ctx, `${task.title} ${task.deliverable}`, (p) => p.tasks.includes(task.id));
  if (detail) fields.push({ plain: true, value: detail });
  const status = ctx.status?.(task.id);
  if (status) fields.push({ label: t(ctx, "Tiến độ", "Progress"), value: status });
  const subItems = plan.children(task.id).map((c) => taskItem(plan, c, ctx.lang, ctx.status));
  const answer = lead(ctx, task);
  return {
    ...taskItem(plan, task, ctx.lang, ctx.status),
    title: task.title,
    style: "card",
    ...(answer ? { answer } : {}),
    fields,
    ...(subItems.length ? { subItems } : {}),
    ...(group ? { notes: [`(${task.source.part}, ${t(ctx, "nhóm", "group")} ${group.id}. ${group.title})`] } : {}),
  };
}

/** The direct answer first: who leads, or when it is due, then the task card. */
function lead(ctx: AskContext, task: Task): string {
  const { plan, e } = ctx;
  if (e.cues.has("who") && e.cues.has("cooperate") && !e.cues.has("lead")) {
    return t(ctx, `Phối hợp thực hiện nhiệm vụ ${task.id}: ${cooperatingNames(plan, task) || "không ghi"}.`, `Cooperating on task ${task.id}: ${cooperatingNames(plan, task) || "none listed"}.`);
  }
  if (e.cues.has("who")) return t(ctx, `Nhiệm vụ ${task.id} do ${leadNames(plan, task)} chủ trì.`, `Task ${task.id} is led by ${leadNames(plan, task)}.`);
  if (e.cues.has("product") && !e.cues.has("when")) return t(ctx, `Sản phẩm của nhiệm vụ ${task.id}: ${task.deliverable}.`, `Task ${task.id} delivers: ${task.deliverable}.`);
  if (e.cues.has("when")) return t(ctx, `Thời gian thực hiện nhiệm vụ ${task.id}: ${milestonesText(task.milestones, "vi")}.`, `Task ${task.id} is due: ${milestonesText(task.milestones, "en")}.`);
  return "";
}

export function task(ctx: AskContext): Reply {
  // "Are there any tasks about the DDCI index?", "có nv nào về đào tạo bồi dưỡng không": every row that matches.
  if (!ctx.e.tasks.length && asksForRows(ctx)) return handOff(ctx, "topic");
  if (asksTheBody(ctx)) return handOff(ctx, "passage");
  const tasks = askedTasks(ctx);
  if (tasks.length === 0) return reply(ctx, "unknown", t(ctx, "Tôi chưa rõ bạn hỏi nhiệm vụ nào.", "I could not tell which task you mean."));
  const head = tasks.length > 1 && ctx.e.tasks.length === 0 ? t(ctx, "Có thể bạn hỏi một trong các nhiệm vụ sau:", "You may mean one of these tasks:") : undefined;
  return bodyReply(ctx, "task", { sections: [{ ...(head ? { head } : {}), items: tasks.map((x) => card(ctx, x)) }] }, { tasks: tasks.map((x) => x.id) });
}
