import { pickChoice } from "../../core/message.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";
import type { ChoiceMemory } from "./render.js";

/**
 * The choices last offered in each chat, kept in the store so "2" after a restart still means the second
 * line. Only offering or clearing a menu writes; a chat without one costs no write per message.
 */
export function storedChoiceMemory(store: Store, options: { ttlMs: number; now: () => Date; logger: Logger; maxChats?: number }): ChoiceMemory {
  const keyOf = (chatId: string) => `zalo:${chatId}`;
  const maxChats = options.maxChats ?? 5000;
  return {
    remember(chatId, choices) {
      const key = keyOf(chatId);
      const offered = Boolean(choices?.length);
      if (!offered && !store.read((s) => s.choiceMenus?.some((m) => m.key === key))) return;
      const now = options.now().getTime();
      // Not awaited: the store queues writes, so it commits before the next update of this chat is even accepted.
      void store
        .update((d) => {
          const menus = (d.choiceMenus ??= []);
          for (let i = menus.length - 1; i >= 0; i--) if (menus[i]!.key === key || Date.parse(menus[i]!.expiresAt) <= now) menus.splice(i, 1);
          if (offered)
            menus.push({ key, choices: choices!.map((c) => ({ ...(c.key ? { key: c.key } : {}), label: c.label, value: c.value })), expiresAt: new Date(now + options.ttlMs).toISOString() });
          if (menus.length > maxChats) menus.splice(0, menus.length - maxChats);
        })
        .catch((error: unknown) => options.logger.warn({ err: String(error), chatId }, "zalo: choices not stored"));
    },
    resolve(chatId, text) {
      const menu = store.read((s) => s.choiceMenus?.find((m) => m.key === keyOf(chatId)));
      if (!menu || Date.parse(menu.expiresAt) <= options.now().getTime()) return undefined;
      return pickChoice(menu.choices, text)?.value;
    },
  };
}
