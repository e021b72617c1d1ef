import { bestHits } from "../features.js";
import { milestonesText } from "../../render/dates.js";
import { cooperatingNames, leadNames, taskItem } from "../../render/lines.js";
import { reply, t, type AskContext } from "../context.js";
import type { Task } from "../../plan/schema.js";

/** The task(s) a question is about: numbers first, else the best search hits. */
export function askedTasks(ctx: AskContext): Task[] {
  const { plan, e } = ctx;
  if (e.tasks.length) return e.tasks.map((id) => plan.task(id)!);
  return bestHits(e.taskHits, ctx.features.has("task_strong")).map((h) => plan.task(h.id)!);
}

function card(ctx: AskContext, task: Task): string {
  const { plan } = ctx;
  const group = plan.group(task.group);
  const lines = [
    `${t(ctx, "Nhiệm vụ", "Task")} ${task.id}: ${task.title}`,
    `• ${t(ctx, "Chủ trì", "Lead")}: ${leadNames(plan, task)}`,
    `• ${t(ctx, "Phối hợp", "Cooperating")}: ${cooperatingNames(plan, task) || "—"}`,
    `• ${t(ctx, "Sản phẩm", "Deliverable")}: ${task.deliverable}`,
    `• ${t(ctx, "Thời gian", "Deadline")}: ${milestonesText(task.milestones, ctx.lang)}${task.milestones.some((m) => m.inherited) ? t(ctx, " — theo ô gộp của nhiệm vụ " + task.parent, " — from the merged cell of task " + task.parent) : ""}`,
  ];
  const status = ctx.status?.(task.id);
  if (status) lines.push(`• ${t(ctx, "Tiến độ", "Progress")}: ${status}`);
  const children = plan.children(task.id);
  if (children.length) lines.push(t(ctx, `Gồm các việc: ${children.map((c) => `${c.id} (${c.short})`).join("; ")}.`, `Sub-tasks: ${children.map((c) => `${c.id} (${c.short})`).join("; ")}.`));
  if (group) lines.push(`(${task.source.part}, ${t(ctx, "nhóm", "group")} ${group.id}. ${group.title})`);
  return lines.join("\n");
}

/** The direct answer first: who leads, or when it is due, then the task card. */
function lead(ctx: AskContext, task: Task): string {
  const { plan, e } = ctx;
  if (e.cues.has("who") && e.cues.has("cooperate") && !e.cues.has("lead")) {
    return t(ctx, `Phối hợp thực hiện nhiệm vụ ${task.id}: ${cooperatingNames(plan, task) || "không ghi"}.`, `Cooperating on task ${task.id}: ${cooperatingNames(plan, task) || "none listed"}.`);
  }
  if (e.cues.has("who")) return t(ctx, `Nhiệm vụ ${task.id} do ${leadNames(plan, task)} chủ trì.`, `Task ${task.id} is led by ${leadNames(plan, task)}.`);
  if (e.cues.has("when")) return t(ctx, `Thời gian thực hiện nhiệm vụ ${task.id}: ${milestonesText(task.milestones, "vi")}.`, `Task ${task.id} is due: ${milestonesText(task.milestones, "en")}.`);
  return "";
}

export function task(ctx: AskContext) {
  const tasks = askedTasks(ctx);
  if (tasks.length === 0) return reply(ctx, "unknown", t(ctx, "Tôi chưa rõ bạn hỏi nhiệm vụ nào.", "I could not tell which task you mean."));
  const parts = tasks.map((x) => [lead(ctx, x), card(ctx, x)].filter(Boolean).join("\n"));
  const intro = tasks.length > 1 && ctx.e.tasks.length === 0 ? t(ctx, "Có thể bạn hỏi một trong các nhiệm vụ sau:\n", "You may mean one of these tasks:\n") : "";
  return reply(ctx, "task", intro + parts.join("\n\n"), {
    tasks: tasks.map((x) => x.id),
    items: tasks.map((x) => taskItem(ctx.plan, x, ctx.lang, ctx.status)),
  });
}
