import { z } from "zod";

/**
 * An intent as data (intents/<id>.json). The classifier is trained from `examples` at start-up; a
 * `negatives` sentence is one that must not be read as this intent. `requires` lists alternatives of
 * evidence the intent cannot do without (any one list, all of its features), e.g. [["task"]]: an entity
 * requirement, never a negation. Evidence features: task, task_missing, target, target_missing, period,
 * period_weak, agency, agency_unknown, group, task_hit, task_strong, theme_hit, target_hit, target_strong,
 * english, short, status, question, evidence, user_ref, passage_hit, section_ref, plan_part, and
 * cue:<group> for the cue lists in intents/vocabulary/cues.json.
 */
const evidenceName = z.string().regex(/^[a-z_]+(?::[a-z_]+)?$/, "an evidence feature (no negations)");
export const intentSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  description: z.string(),
  /** A few words for a clarifying question ("thông tin một nhiệm vụ"). */
  ask: z.string().optional(),
  requires: z.array(z.array(evidenceName).min(1)).default([]),
  slots: z.array(z.string()).default([]),
  /** The intent changes data (reports, roster, channels): the fallback model never picks it, and the classifier only when confident. */
  writes: z.boolean().default(false),
  examples: z.array(z.object({ text: z.string(), slots: z.record(z.string(), z.unknown()).optional() })).min(1),
  negatives: z.array(z.string()).default([]),
});
export type IntentDefinition = z.infer<typeof intentSchema>;
