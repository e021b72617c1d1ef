import type { Lang, Reply, ReplyBody } from "../message.js";
import { itemsOf, joinUnits, replyUnits } from "../render/reply-text.js";
import type { MoreEntry, State } from "../state.js";
import { firstPage } from "./paginate.js";

export const MORE_COMMAND = "xem tiếp";
/** How long «xem tiếp» still finds a chat list, and a digest's full list. */
export const MORE_HOURS = { chat: 24, digest: 7 * 24 };
/** Conversations remembered (the oldest are dropped first, in sweeps: up to MORE_SWEEP more may wait for one). */
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

/** Lists past the cap (or expired) are dropped in a sweep once this many more have gathered. */
const MORE_SWEEP = 100;

/**
 * Remembers the rest of a list. One entry is added or replaced in place, so a write (and its journal
 * line) holds that entry, not the whole list; expired and oldest lists go in one sweep every MORE_SWEEP.
 */
export function rememberMore(draft: State, key: string, rest: { body: ReplyBody; lang: Lang; intent: string }, now: Date, hours = MORE_HOURS.chat): void {
  const more = (draft.more ??= []);
  const entry = { key, ...rest, at: now.toISOString(), expiresAt: new Date(now.getTime() + hours * 3_600_000).toISOString() };
  const i = more.findIndex((m) => m.key === key);
  if (i >= 0) more[i] = entry;
  else more.push(entry);
  if (more.length > MORE_ENTRIES + MORE_SWEEP) {
    draft.more = more
      .filter((m) => Date.parse(m.expiresAt) > now.getTime())
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      .slice(-MORE_ENTRIES);
  }
}

/** Forgets a conversation's list: the last entry takes its place (order carries no meaning), so only one entry is written. */
export function forgetMore(draft: State, key: string): void {
  const more = draft.more;
  const i = more?.findIndex((m) => m.key === key) ?? -1;
  if (!more || i < 0) return;
  const last = more.pop()!;
  if (i < more.length) more[i] = last;
}

/** The newest live list among these keys (the conversation's own, then its channel's, where digests go). */
export function recallMore(state: Readonly<State>, keys: readonly string[], now: Date): MoreEntry | undefined {
  return (state.more ?? []).filter((m) => keys.includes(m.key) && Date.parse(m.expiresAt) > now.getTime()).reduce<MoreEntry | undefined>((a, b) => (!a || b.at >= a.at ? b : a), undefined);
}
