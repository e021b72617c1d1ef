import { choiceKey, pickChoice, type Choice, type Reply } from "../../core/message.js";

export const CHOICE_HINT = "Trả lời bằng số để chọn.";

/** Zalo has no buttons: choices become numbered lines, unless the text already lists them. */
export function renderReply(reply: Pick<Reply, "text" | "choices">): string {
  const text = reply.text.trim();
  const choices = reply.choices ?? [];
  if (choices.length === 0) return text;
  const lines = choices.map((c, i) => `${choiceKey(c, i)}. ${c.label}`);
  if (lines.every((line) => text.includes(line))) return text;
  return [text, "", ...lines, CHOICE_HINT].join("\n").trim();
}

/** The choices last offered in each chat, so a bare digit can be mapped back to its value. */
export interface ChoiceMemory {
  remember(chatId: string, choices: Choice[] | undefined): void;
  /** The chosen value when `text` is a number naming one of the chat's live choices. */
  resolve(chatId: string, text: string): string | undefined;
}

export function createChoiceMemory(options: { ttlMs: number; now: () => Date; maxChats?: number }): ChoiceMemory {
  const byChat = new Map<string, { choices: Choice[]; expiresAt: number }>();
  const maxChats = options.maxChats ?? 5000;
  return {
    remember(chatId, choices) {
      byChat.delete(chatId);
      if (!choices || choices.length === 0) return;
      byChat.set(chatId, { choices, expiresAt: options.now().getTime() + options.ttlMs });
      // Map keeps insertion order: the first key is the chat offered choices longest ago.
      if (byChat.size > maxChats) byChat.delete(byChat.keys().next().value as string);
    },
    resolve(chatId, text) {
      const entry = byChat.get(chatId);
      if (!entry) return undefined;
      if (entry.expiresAt <= options.now().getTime()) {
        byChat.delete(chatId);
        return undefined;
      }
      return pickChoice(entry.choices, text)?.value;
    },
  };
}
