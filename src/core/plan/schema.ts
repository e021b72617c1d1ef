import { z } from "zod";
import { checkPassages, passageSchema, sectionSchema } from "./passage-schema.js";

/** The plan file's shape. Another year's or province's plan in this shape loads with no code change. */
export const periodSchema = z.enum(["Q1", "Q2", "Q3", "Q4", "year"]);
export type PlanPeriod = z.infer<typeof periodSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

export const milestoneSchema = z.object({
  label: z.string().nullable(),
  /** null for a row that only refers to another document ("Theo Kế hoạch … 3979/QĐ-UBND"). */
  period: periodSchema.nullable(),
  asWritten: z.string().min(1),
  due: isoDate.nullable(),
  /** True when the row has no time cell of its own and takes its parent's merged cell. */
  inherited: z.boolean().optional(),
  /** "Thường xuyên", "Hằng năm", "Theo tiến độ …": work that goes on, with no due date (never overdue). */
  ongoing: z.boolean().optional(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const sourceSchema = z.object({
  part: z.string(),
  row: z.string(),
  /** Where an imported row was in its document: "trang 7", "bảng 2, hàng 5", "dòng 1844". */
  at: z.string().optional(),
});

export const agencySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: z.enum(["department", "central", "enterprise", "board", "level", "collective", "media"]),
  en: z.string().optional(),
  aliases: z.array(z.string()),
  /** For collectives ("Các sở, ban, ngành"): which kinds of agency they take in. */
  covers: z.array(z.string()).optional(),
});
export type Agency = z.infer<typeof agencySchema>;

/** "14", "14.1", or a sub-row with its letter as the document writes it: "14a". */
const rowId = z.string().regex(/^\d+(\.\d+)?[a-zđ]?$/u);

export const taskSchema = z.object({
  id: rowId,
  parent: z.string().optional(),
  group: z.string(),
  title: z.string().min(1),
  short: z.string().min(1),
  en: z.string().optional(),
  deliverable: z.string().min(1),
  lead: z.array(z.string()).min(1),
  leadAsWritten: z.string().optional(),
  cooperating: z.array(z.string()),
  cooperatingAsWritten: z.string().optional(),
  time: z.string().nullable(),
  milestones: z.array(milestoneSchema).min(1),
  source: sourceSchema,
});
export type Task = z.infer<typeof taskSchema>;

export const targetValueSchema = z.object({
  label: z.string().nullable(),
  value: z.string().nullable(),
  note: z.string().optional(),
});
export type TargetValue = z.infer<typeof targetValueSchema>;

export const targetSchema = z.object({
  id: rowId,
  group: z.string(),
  title: z.string().min(1),
  en: z.string().optional(),
  values: z.array(targetValueSchema).min(1),
  /** Where the plan body states the target differently from Phụ lục 1. */
  bodyValues: z.array(targetValueSchema).optional(),
  conflict: z.string().optional(),
  monitoring: z.array(z.string()).min(1),
  monitoringAsWritten: z.string().optional(),
  implementing: z.array(z.string()),
  implementingAsWritten: z.string(),
  body: z.array(z.object({ source: z.string(), text: z.string() })).optional(),
  source: sourceSchema,
});
export type Target = z.infer<typeof targetSchema>;

export const groupSchema = z.object({
  id: z.string(),
  title: z.string(),
  en: z.string().optional(),
  aliases: z.array(z.string()).optional(),
});
export type Group = z.infer<typeof groupSchema>;

export const planSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    shortTitle: z.string(),
    province: z.string(),
    year: z.number().int().min(2000).max(2100),
    issuedBy: z.string(),
    decision: z.string(),
    taskGroups: z.array(groupSchema).min(1),
    targetGroups: z.array(groupSchema),
    agencies: z.array(agencySchema).min(1),
    tasks: z.array(taskSchema).min(1),
    targets: z.array(targetSchema),
    sections: z.array(sectionSchema).optional(),
    passages: z.array(passageSchema).optional(),
  })
  .superRefine((plan, ctx) => {
    const agencies = new Set(plan.agencies.map((a) => a.id));
    const groups = new Set(plan.taskGroups.map((g) => g.id));
    const seen = new Set<string>();
    plan.tasks.forEach((task, i) => {
      if (seen.has(task.id)) ctx.addIssue({ code: "custom", path: ["tasks", i, "id"], message: `duplicate task id ${task.id}` });
      seen.add(task.id);
      if (!groups.has(task.group)) ctx.addIssue({ code: "custom", path: ["tasks", i, "group"], message: `unknown group ${task.group}` });
      for (const field of ["lead", "cooperating"] as const) {
        task[field].forEach((id, j) => {
          if (!agencies.has(id)) ctx.addIssue({ code: "custom", path: ["tasks", i, field, j], message: `unknown agency "${id}"` });
        });
      }
    });
    plan.targets.forEach((target, i) => {
      for (const field of ["monitoring", "implementing"] as const) {
        target[field].forEach((id, j) => {
          if (!agencies.has(id)) ctx.addIssue({ code: "custom", path: ["targets", i, field, j], message: `unknown agency "${id}"` });
        });
      }
    });
    checkPassages(plan, agencies, groups, ctx);
  });
export type PlanData = z.infer<typeof planSchema>;
export type { Passage, Section } from "./passage-schema.js";
