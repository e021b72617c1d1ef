import { z } from "zod";

/**
 * An intent as data (intents/<id>.json). `when` lists alternative conditions; each is a list of
 * features that must all be present ("-feature" must be absent). The eligible intent with the highest
 * priority plus `prefer` bonuses wins. Features: task, task_missing, target, target_missing, period,
 * agency, agency_unknown, group, task_hit, task_strong, target_hit, target_strong, english, short (five words or fewer), group_whole / group_long (the area name is most of the question / five words or more), status, question, evidence, user_ref, period_weak (only "năm nay"), and
 * cue:<group> for the cue lists in intents/vocabulary/cues.json.
 */
export const intentSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  description: z.string(),
  priority: z.number(),
  when: z.array(z.array(z.string()).min(1)),
  prefer: z.record(z.string(), z.number()).default({}),
  slots: z.array(z.string()).default([]),
  /** The intent changes data (reports, roster, channels): only the rules may pick it, never a model. */
  writes: z.boolean().default(false),
  examples: z.array(z.object({ text: z.string(), slots: z.record(z.string(), z.unknown()).optional() })).min(1),
  negatives: z.array(z.string()).default([]),
});
export type IntentDefinition = z.infer<typeof intentSchema>;
