import { z } from "zod";

/** A passage of the plan's body (căn cứ, Mục I–V), transcribed as written, with its place in the document. */
export const passageSchema = z.object({
  id: z.string().regex(/^[A-Z]+(\.[0-9a-zđ]+)*$/u),
  /** How an answer cites it: "Mục V.4.a, Kế hoạch CCHC 2023". */
  ref: z.string().min(1),
  /** Titles from the part down: ["V. Tổ chức thực hiện", "4. Sở Tài chính"]. */
  section: z.array(z.string().min(1)).min(1),
  text: z.string().min(1),
  /** Bodies Mục V gives this duty to. */
  responsible: z.array(z.string()).optional(),
  agencies: z.array(z.string()).default([]),
  tasks: z.array(z.string()).default([]),
  targets: z.array(z.string()).default([]),
});
export type Passage = z.infer<typeof passageSchema>;

/** A heading of the plan's body, with the words people use for it ("kinh phí" → Mục IV). */
export const sectionSchema = z.object({
  id: z.string().regex(/^[A-Z]+(\.[0-9a-zđ]+)*$/u),
  title: z.string().min(1),
  en: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  /** The Phụ lục 2 task group an area of Mục III matches. */
  group: z.string().optional(),
});
export type Section = z.infer<typeof sectionSchema>;

// Only the ids matter here, so this file needs nothing from schema.ts (which imports it).
type PlanShape = { tasks: { id: string }[]; targets: { id: string }[]; passages?: Passage[]; sections?: Section[] };

/** Every id a passage or section links to must exist in the plan, and every passage sits in a known part. */
export function checkPassages(plan: PlanShape, agencies: Set<string>, groups: Set<string>, ctx: z.RefinementCtx): void {
  const known = { agencies, tasks: new Set(plan.tasks.map((t) => t.id)), targets: new Set(plan.targets.map((t) => t.id)) };
  const sections = new Set(plan.sections?.map((s) => s.id));
  plan.sections?.forEach((s, i) => {
    if (s.group && !groups.has(s.group)) ctx.addIssue({ code: "custom", path: ["sections", i, "group"], message: `unknown group ${s.group}` });
  });
  const seen = new Set<string>();
  plan.passages?.forEach((p, i) => {
    if (seen.has(p.id)) ctx.addIssue({ code: "custom", path: ["passages", i, "id"], message: `duplicate passage id ${p.id}` });
    seen.add(p.id);
    if (plan.sections && !sections.has(p.id.split(".")[0]!)) ctx.addIssue({ code: "custom", path: ["passages", i, "id"], message: `no section for passage ${p.id}` });
    (p.responsible ?? []).forEach((id, j) => {
      if (!agencies.has(id)) ctx.addIssue({ code: "custom", path: ["passages", i, "responsible", j], message: `unknown agency "${id}"` });
    });
    for (const [field, what] of [
      ["agencies", "agency"],
      ["tasks", "task"],
      ["targets", "target"],
    ] as const) {
      p[field].forEach((id, j) => {
        if (!known[field].has(id)) ctx.addIssue({ code: "custom", path: ["passages", i, field, j], message: `unknown ${what} "${id}"` });
      });
    }
  });
}
