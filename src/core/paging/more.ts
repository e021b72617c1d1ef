import type { Lang, Reply, ReplyBody } from "../message.js";
import { itemsOf, joinUnits, replyUnits } from "../render/reply-text.js";
import type { MoreEntry, State } from "../state.js";
import { firstPage } from "./paginate.js";

export const MORE_COMMAND = "xem tiếp";
/** How long «xem tiếp» still finds a chat list, and a digest's full list. */
export const MORE_HOURS = { chat: 24, digest: 7 * 24 };
/** Conversations remembered at most (the oldest are dropped first). */
export const MORE_ENTRIES = 300;

/** «xem tiếp» belongs to a conversation, not a person: anyone in a group chat may ask for the rest. */
export const moreKey = (channel: string, conversation?: string) => `${channel}|${conversation ?? channel}`;

/** The first page of a reply with a body, the «xem tiếp» line in its text, and the rest to remember. */
export function pageOf(reply: Reply): { reply: Reply; rest?: ReplyBody } {
  if (!reply.body) return { reply };
  const { page, rest, remaining } = firstPage(reply.body, { continued: reply.lang === "en" ? "(continued)" : "(tiếp)" });
  if (!rest) return { reply };
  const more = { remaining, command: MORE_COMMAND };
  const text = joinUnits(replyUnits({ ...reply, body: page, more }));
  return { reply: { ...reply, text, body: page, more, items: itemsOf(page) }, rest };
}

export function rememberMore(draft: State, key: string, rest: { body: ReplyBody; lang: Lang; intent: string }, now: Date, hours = MORE_HOURS.chat): void {
  const kept = (draft.more ?? []).filter((m) => m.key !== key && Date.parse(m.expiresAt) > now.getTime());
  kept.push({ key, ...rest, at: now.toISOString(), expiresAt: new Date(now.getTime() + hours * 3_600_000).toISOString() });
  draft.more = kept.slice(-MORE_ENTRIES);
}

export function forgetMore(draft: State, key: string): void {
  if (draft.more?.some((m) => m.key === key)) draft.more = draft.more.filter((m) => m.key !== key);
}

/** The newest live list among these keys (the conversation's own, then its channel's, where digests go). */
export function recallMore(state: Readonly<State>, keys: readonly string[], now: Date): MoreEntry | undefined {
  return (state.more ?? []).filter((m) => keys.includes(m.key) && Date.parse(m.expiresAt) > now.getTime()).reduce<MoreEntry | undefined>((a, b) => (!a || b.at >= a.at ? b : a), undefined);
}
