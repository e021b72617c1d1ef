import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import type { Bot } from "../bot-types.js";
import type { IntentDefinition } from "../intents/definition.js";
import { fold } from "../language/normalise.js";
import type { Lang, Message, Reply } from "../message.js";
import { itemsOf, renderBody } from "../render/reply-text.js";
import { forgetMore, moreKey, pageOf, recallMore, rememberMore } from "./more.js";

export const MORE_INTENT = "more";

/**
 * «xem tiếp», «tiếp», «more» as a fixed rule: the whole message is one of the `more` intent's examples.
 * It must not depend on what a classifier makes of one word. Takes the message folded.
 */
export function moreMatcher(intents: readonly IntentDefinition[]): (folded: string) => boolean {
  const words = new Set((intents.find((i) => i.id === MORE_INTENT)?.examples ?? []).map((e) => fold(e.text)));
  return (folded) => words.has(folded);
}

function nothingMore(lang: Reply["lang"]): Reply {
  const text = lang === "en" ? "There is nothing more to show. Ask your question again to see its list." : "Không còn mục nào để xem tiếp. Bạn hỏi lại câu trước để xem lại danh sách.";
  return { intent: MORE_INTENT, text, lang, tasks: [], targets: [] };
}

/**
 * Long lists leave at most a page per message; the rest waits in the store under the conversation,
 * so «xem tiếp» works after a restart and from another process on the same DATA_DIR.
 */
export function withPaging(bot: Bot, deps: { store: Store; clock: Clock; intents: readonly IntentDefinition[] }): Bot {
  const isMore = moreMatcher(deps.intents);

  async function handle(message: Message): Promise<Reply> {
    // The bot's clock, not the platform's timestamp: a list stays 24 hours whatever dates a platform sends.
    const now = deps.clock.now();
    const key = moreKey(message.channel, message.conversation);
    const folded = fold(message.text ?? "");
    const lang = /^(more|next|show more|see more|next page)$/.test(folded) ? "en" : "vi";
    if (isMore(folded)) return next(key, message.channel, now, lang);
    const reply = await bot.handle(message);
    // A longer way of asking ("cho xem tiếp danh sách") that the classifier placed.
    if (reply.intent === MORE_INTENT) return next(key, message.channel, now, reply.lang);
    return keep(reply, key, now);
  }

  async function keep(reply: Reply, key: string, now: Date): Promise<Reply> {
    const { reply: page, rest } = pageOf(reply);
    if (rest) await deps.store.update((d) => rememberMore(d, key, { body: rest, lang: reply.lang, intent: reply.intent }, now));
    // A new list that fits ends the old one: «xem tiếp» never brings back an earlier question's rest.
    else if (reply.body && deps.store.read((s) => recallMore(s, [key], now))) await deps.store.update((d) => forgetMore(d, key));
    return page;
  }

  async function next(key: string, channel: string, now: Date, lang: Lang): Promise<Reply> {
    const entry = deps.store.read((s) => recallMore(s, [key, moreKey(channel)], now));
    if (!entry) return nothingMore(lang);
    const whole: Reply = { intent: entry.intent, text: renderBody(entry.body, entry.lang), lang: entry.lang, tasks: [], targets: [], body: entry.body, items: itemsOf(entry.body) };
    const { reply: page, rest } = pageOf(whole);
    await deps.store.update((d) =>
      rest ? rememberMore(d, entry.key, { body: rest, lang: entry.lang, intent: entry.intent }, now, Math.max(1, (Date.parse(entry.expiresAt) - now.getTime()) / 3_600_000)) : forgetMore(d, entry.key),
    );
    const shown = page.items ?? [];
    return { ...page, tasks: shown.filter((i) => i.kind === "task").map((i) => i.id), targets: shown.filter((i) => i.kind === "target").map((i) => i.id) };
  }

  return { ...bot, handle };
}
