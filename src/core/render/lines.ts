import type { Lang, ReplyField, ReplyItem, ReplySection } from "../message.js";
import type { Plan } from "../plan/plan.js";
import type { Milestone, Target, Task } from "../plan/schema.js";
import { milestonesText } from "./dates.js";

/** Shows a task's latest progress next to it (filled by the progress module; empty without reports). */
export type StatusLookup = (taskId: string) => string | undefined;

export function leadNames(plan: Plan, task: Task): string {
  return task.leadAsWritten ?? task.lead.map((id) => plan.agencyName(id)).join("; ");
}

/**
 * Whom a task is counted or grouped under: each lead agency, except that a lead the plan writes as one
 * phrase ("Các sở, ngành; các cơ quan, đơn vị có liên quan") is one group, named as written.
 */
export function leadGroups(plan: Plan, task: Task, agency?: string): { name: string; agencies: string[] }[] {
  if (agency) return [{ name: plan.agencyName(agency), agencies: [agency] }];
  if (task.leadAsWritten) return [{ name: task.leadAsWritten, agencies: task.lead }];
  return task.lead.map((id) => ({ name: plan.agencyName(id), agencies: [id] }));
}

export function cooperatingNames(plan: Plan, task: Task): string {
  return task.cooperatingAsWritten ?? task.cooperating.map((id) => plan.agencyName(id)).join("; ");
}

const LIST_TRIM = 12;

/** Two lines a task, readable on a phone: number and short title, then lead and deadline. */
export interface LineOptions {
  milestones?: Milestone[];
  status?: StatusLookup;
  /** The agency the whole list is about: its name is not repeated on each line it alone leads. */
  of?: string;
}

export function taskLine(plan: Plan, task: Task, lang: Lang, opts: LineOptions = {}): string {
  const status = opts.status?.(task.id);
  const when = milestonesText(opts.milestones ?? task.milestones, lang);
  const lead = opts.of && task.lead.length === 1 && task.lead[0] === opts.of ? "" : `${lang === "en" ? "Lead" : "Chủ trì"}: ${leadNames(plan, task)} · `;
  return `• ${lang === "en" ? "Task" : "NV"} ${task.id}. ${task.short}\n   ${lead}${when}${status ? ` · ${status}` : ""}`;
}

export function taskItem(plan: Plan, task: Task, lang: Lang, status?: StatusLookup): ReplyItem {
  return { kind: "task", id: task.id, title: task.short, lead: leadNames(plan, task), deadline: milestonesText(task.milestones, lang), status: status?.(task.id) };
}

/** A task as a list line with its facts: lead (unless the list is about that agency alone), deadline, status. */
export function taskLineItem(plan: Plan, task: Task, lang: Lang, opts: LineOptions = {}): ReplyItem {
  const status = opts.status?.(task.id);
  const when = milestonesText(opts.milestones ?? task.milestones, lang);
  const fields: ReplyField[] = [];
  if (!(opts.of && task.lead.length === 1 && task.lead[0] === opts.of)) fields.push({ label: lang === "en" ? "Lead" : "Chủ trì", value: leadNames(plan, task) });
  fields.push({ value: when });
  if (status) fields.push({ value: status });
  // Added to the fresh item, not spread into a copy of it: the spread cost ten times the rest of the line.
  return Object.assign(taskItem(plan, task, lang, opts.status), { style: "line" as const, fields });
}

/** A heading and its tasks, every one kept (paging, not trimming, keeps a message phone-sized). */
export function taskSection(
  plan: Plan,
  head: string | undefined,
  tasks: readonly Task[],
  lang: Lang,
  opts: Omit<LineOptions, "milestones"> & { milestonesOf?: (t: Task) => Milestone[] } = {},
): ReplySection {
  return { ...(head ? { head } : {}), items: tasks.map((t) => taskLineItem(plan, t, lang, { milestones: opts.milestonesOf?.(t), status: opts.status, of: opts.of })) };
}

/** Lists tasks, trimmed past a screenful with a hint for the rest. */
export function taskList(plan: Plan, tasks: readonly Task[], lang: Lang, opts: Omit<LineOptions, "milestones"> & { milestonesOf?: (t: Task) => Milestone[] } = {}): string {
  const shown = tasks.slice(0, LIST_TRIM).map((t) => taskLine(plan, t, lang, { milestones: opts.milestonesOf?.(t), status: opts.status, of: opts.of }));
  const rest = tasks.length - shown.length;
  if (rest > 0) {
    const ids = tasks
      .slice(LIST_TRIM)
      .map((t) => t.id)
      .join(", ");
    shown.push(lang === "en" ? `… and ${rest} more: ${ids}. Ask "task <number>" for details.` : `… và ${rest} nhiệm vụ nữa: ${ids}. Hỏi «nhiệm vụ <số>» để xem chi tiết.`);
  }
  return shown.join("\n");
}

export function targetValues(target: Target): string {
  return target.values
    .map((v) => {
      const value = v.value ?? "—";
      return v.label ? `${v.label}: ${value}` : value;
    })
    .join("; ");
}

export function targetLine(target: Target, lang: Lang): string {
  return `• ${lang === "en" ? "Target" : "Chỉ tiêu"} ${target.id}. ${target.title.replace(/[.:]$/, "")}: ${targetValues(target)}`;
}

export function targetItem(plan: Plan, target: Target): ReplyItem {
  return { kind: "target", id: target.id, title: target.title, lead: target.monitoring.map((a) => plan.agencyName(a)).join("; ") };
}

/** A target as one line with every goal value ("• Chỉ tiêu 3.4. …: Bộ phận Một cửa cấp xã: 40%; …"). */
export function targetValuesItem(plan: Plan, target: Target): ReplyItem {
  const fields = target.values.map((v) => ({ ...(v.label ? { label: v.label } : {}), value: v.value ?? "—" }));
  return Object.assign(targetItem(plan, target), { title: target.title.replace(/[.:]$/, ""), style: "values" as const, fields });
}
