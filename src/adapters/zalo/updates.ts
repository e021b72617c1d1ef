import { z } from "zod";

const id = z.union([z.string().min(1), z.number()]).transform(String);

const personSchema = z.looseObject({
  id,
  display_name: z.string().optional(),
  name: z.string().optional(),
  first_name: z.string().optional(),
  is_bot: z.boolean().optional(),
});

const messageSchema = z.looseObject({
  from: personSchema,
  chat: z.looseObject({ id, chat_type: z.string().optional() }),
  text: z.string().optional(),
  caption: z.string().optional(),
  message_id: id.optional(),
  date: z.union([z.number(), z.string()]).optional(),
});

const updateSchema = z.looseObject({ event_name: z.string().min(1), message: messageSchema.optional() });

export type ZaloMessage = z.infer<typeof messageSchema>;
export type ZaloUpdate = z.infer<typeof updateSchema>;

/**
 * Updates from a webhook body or a getUpdates result. Real pushes arrive both wrapped in
 * {ok, result} and bare, and getUpdates is documented to give one object: accept arrays too.
 */
export function parseUpdates(body: unknown, depth = 0): ZaloUpdate[] {
  if (depth > 3) return [];
  if (Array.isArray(body)) return body.flatMap((item) => parseUpdates(item, depth + 1));
  if (body && typeof body === "object" && "result" in body && !("event_name" in body)) {
    return parseUpdates((body as { result: unknown }).result, depth + 1);
  }
  const parsed = updateSchema.safeParse(body);
  return parsed.success ? [parsed.data] : [];
}

export function senderName(message: ZaloMessage): string | undefined {
  const { display_name, name, first_name } = message.from;
  return [display_name, name, first_name].find((n) => typeof n === "string" && n.trim() !== "")?.trim();
}

/** How far a client-supplied time may stray from when we received the message before it is not believed. */
const MESSAGE_DATE_WINDOW_MS = 24 * 60 * 60_000;

/**
 * The message's time. Docs show milliseconds, some clients send seconds: whichever reading falls within a
 * day of receipt wins; anything else (missing, a clock years off, 946684800000 read as seconds) is the receipt time.
 */
export function messageDate(message: ZaloMessage, receivedAt: Date): Date {
  const raw = Number(message.date);
  if (!Number.isFinite(raw) || raw <= 0) return receivedAt;
  const near = (ms: number) => Math.abs(ms - receivedAt.getTime()) <= MESSAGE_DATE_WINDOW_MS;
  const reading = [raw, raw * 1000].find(near);
  return reading === undefined ? receivedAt : new Date(reading);
}

/** Dedupe key: the same event and message id is the same update. Undefined when Zalo gave no id. */
export function updateKey(update: ZaloUpdate): string | undefined {
  const messageId = update.message?.message_id;
  return messageId ? `zalo:${update.event_name}:${messageId}` : undefined;
}

export function isGroup(message: ZaloMessage): boolean {
  return (message.chat.chat_type ?? "").toUpperCase() === "GROUP";
}

/**
 * Best effort, since Zalo groups are in beta: the platform should only deliver group messages that
 * mention or reply to the bot, but we check what we can see and strip the mention from the text.
 */
export function groupMention(message: ZaloMessage, me: { id?: string; name?: string }): { addressed: boolean; text: string } {
  const text = message.text ?? "";
  const raw = message as Record<string, unknown>;
  const ids = JSON.stringify([raw.mentions, raw.mention, raw.reply_to_message, raw.quote, raw.reply_to]);
  const byId = Boolean(me.id) && ids.includes(`"${me.id}"`);
  const name = me.name?.trim();
  const at = name ? text.toLowerCase().indexOf(`@${name.toLowerCase()}`) : -1;
  if (at >= 0 && name) {
    return { addressed: true, text: (text.slice(0, at) + text.slice(at + name.length + 1)).replace(/\s+/g, " ").trim() };
  }
  return { addressed: byId, text };
}
