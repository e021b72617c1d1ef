import { z } from "zod";
import { replyBodySchema } from "./paging/body-schema.js";

/** Everything the bot remembers, besides the plan. Versioned; checked with zod on load. */
export const STATE_VERSION = 1;

export const statusSchema = z.enum(["not_started", "in_progress", "done", "blocked"]);
export type Status = z.infer<typeof statusSchema>;

export const roleSchema = z.enum(["admin", "office", "member"]);
export type Role = z.infer<typeof roleSchema>;

export const rosterEntrySchema = z.object({
  user: z.string().min(1),
  agency: z.string().optional(),
  role: roleSchema,
  name: z.string().optional(),
  addedAt: z.string(),
  addedBy: z.string().optional(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const evidenceSchema = z.object({
  number: z.string().optional(),
  date: z.string().optional(),
});

/** A photo or PDF kept as evidence (see Message.attachments). */
export const evidenceFileSchema = z.object({
  kind: z.enum(["image", "pdf"]),
  name: z.string(),
  mime: z.string(),
  sha256: z.string(),
  path: z.string(),
  size: z.number().int().nonnegative(),
});

/** One change to a task or target. Nothing is ever deleted: undo and review are records too. */
export const progressRecordSchema = z.object({
  seq: z.number().int().positive(),
  kind: z.enum(["report", "note", "undo", "review"]),
  task: z.string().optional(),
  target: z.string().optional(),
  status: statusSchema.optional(),
  previousStatus: statusSchema.optional(),
  percent: z.number().min(0).max(100).optional(),
  /** Reported value of a target, as written ("28%"). */
  value: z.string().optional(),
  /** Which sub-value of a target the value is for ("Bộ phận Một cửa cấp xã"), when it has several. */
  part: z.string().optional(),
  note: z.string().optional(),
  evidence: evidenceSchema.optional(),
  /** Photos and PDFs sent with the report or added to it afterwards. */
  files: z.array(evidenceFileSchema).optional(),
  user: z.string(),
  /** The reporter's display name as the platform gave it (the roster name, when there is one, wins). */
  name: z.string().optional(),
  agency: z.string().optional(),
  channel: z.string(),
  at: z.string(),
  text: z.string(),
  /** For undo: the seq it reverts. For review: the seq it decides on. */
  ref: z.number().int().optional(),
  review: z.enum(["pending", "confirmed", "returned"]).optional(),
  reason: z.string().optional(),
  /** The plan the record is about; records from before several plans were kept belong to the base plan. */
  planId: z.string().optional(),
});
export type ProgressRecord = z.infer<typeof progressRecordSchema>;

export const channelEntrySchema = z.object({
  channel: z.string().min(1),
  agency: z.string().optional(),
  cron: z.string(),
  addedAt: z.string(),
  addedBy: z.string().optional(),
});
export type ChannelEntry = z.infer<typeof channelEntrySchema>;

/** Reminder ledger: written before sending, marked after, so each reminder goes out once. */
export const ledgerEntrySchema = z.object({
  key: z.string(),
  channel: z.string(),
  kind: z.enum(["digest", "nudge"]),
  slot: z.string(),
  state: z.enum(["pending", "sent", "failed", "dropped"]),
  attempts: z.number().int().nonnegative(),
  catchUp: z.boolean().optional(),
  createdAt: z.string(),
  sentAt: z.string().optional(),
  error: z.string().optional(),
  tasks: z.array(z.string()).optional(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** A question the bot asked and is waiting on (slot filling); expires so it never captures unrelated text. */
export const pendingSchema = z.object({
  key: z.string(),
  intent: z.string(),
  slots: z.record(z.string(), z.unknown()),
  missing: z.array(z.string()),
  text: z.string(),
  expiresAt: z.string(),
});
export type Pending = z.infer<typeof pendingSchema>;

/** What «xem tiếp» shows next in one conversation: the rest of a list, as the reply body it came from. */
export const moreSchema = z.object({
  key: z.string(),
  lang: z.enum(["vi", "en"]),
  intent: z.string(),
  body: replyBodySchema,
  at: z.string(),
  expiresAt: z.string(),
});
export type MoreEntry = z.infer<typeof moreSchema>;

export const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  seq: z.number().int().nonnegative(),
  records: z.array(progressRecordSchema),
  roster: z.array(rosterEntrySchema),
  channels: z.array(channelEntrySchema),
  ledger: z.array(ledgerEntrySchema),
  pending: z.array(pendingSchema),
  /** Platform event keys already handled (Slack event_id, Zalo event+message id), kept about a day. */
  seen: z.array(z.object({ key: z.string(), at: z.string() })),
  /**
   * Inbound updates stored before acknowledging (Zalo) and not yet answered. `handled`: the bot's write for it
   * is done (set in that same write); `reply`: the answer, kept until it is delivered, so a restart resends
   * it instead of handling the message again.
   */
  inbox: z.array(
    z.object({
      key: z.string(),
      channel: z.string(),
      payload: z.unknown(),
      at: z.string(),
      handled: z.boolean().optional(),
      reply: z
        .object({
          text: z.string(),
          choices: z.array(z.object({ key: z.string().optional(), label: z.string(), value: z.string() })).optional(),
          files: z.array(z.object({ name: z.string(), path: z.string(), mime: z.string() })).optional(),
        })
        .optional(),
    }),
  ),
  /** Numbered choices last offered per chat (Zalo has no buttons), so a digit still picks one after a restart. */
  choiceMenus: z.array(z.object({ key: z.string(), choices: z.array(z.object({ key: z.string().optional(), label: z.string(), value: z.string() })), expiresAt: z.string() })).optional(),
  /** Slack threads the bot answers in, so follow-ups without a mention are still read after a restart. */
  threads: z.array(z.object({ key: z.string(), expiresAt: z.string() })).optional(),
  /** The plan questions go to, once an admin activated one in chat (absent: the configured plan). */
  activePlan: z.string().optional(),
  /** The rest of the last long list in each conversation, for «xem tiếp» (src/core/paging). */
  more: z.array(moreSchema).optional(),
});
export type State = z.infer<typeof stateSchema>;

export function emptyState(): State {
  return { version: STATE_VERSION, seq: 0, records: [], roster: [], channels: [], ledger: [], pending: [], seen: [], inbox: [] };
}
