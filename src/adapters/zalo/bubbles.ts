import type { Reply } from "../../core/message.js";
import { replyUnits, type TextUnit } from "../../core/render/reply-text.js";
import { splitText, ZALO_TEXT_LIMIT } from "./chunk.js";
import { renderReply } from "./render.js";

export type BubbleReply = Pick<Reply, "text" | "choices"> & Partial<Pick<Reply, "body" | "more" | "lang">>;

/** A paragraph's items: a line that starts with a space continues the item above it ("   Chủ trì: …"). */
function itemsOf(paragraph: string): string[] {
  const items: string[] = [];
  for (const line of paragraph.split("\n")) {
    if (items.length && /^\s/.test(line)) items[items.length - 1] += `\n${line}`;
    else items.push(line);
  }
  return items;
}

/** Units too long for one bubble are cut between their items, and only a single too-long item by lines. */
function fitted(unit: TextUnit, limit: number): TextUnit[] {
  if (unit.text.length <= limit) return [unit];
  return itemsOf(unit.text).flatMap((item, i) => (item.length <= limit ? [item] : splitText(item, limit)).map((text, j) => ({ text, sep: i === 0 && j === 0 ? unit.sep : ("\n" as const) })));
}

/**
 * A reply as Zalo bubbles of at most 2,000 characters: from its body's units (intro, heading, one item
 * each) or its paragraphs, cut only between them, never inside an item.
 */
export function bubblesOf(reply: BubbleReply, limit = ZALO_TEXT_LIMIT): string[] {
  const units = replyUnits({ text: reply.text, lang: reply.lang ?? "vi", ...(reply.body ? { body: reply.body } : {}), ...(reply.more ? { more: reply.more } : {}) });
  const choices = renderReply(reply).slice(reply.text.trim().length).trim();
  if (choices) units.push({ text: choices, sep: "\n\n" });
  const bubbles: string[] = [];
  let current = "";
  for (const unit of units.flatMap((u) => fitted(u, limit))) {
    const next = current ? `${current}${unit.sep}${unit.text}` : unit.text;
    if (next.length <= limit) current = next;
    else {
      if (current.trim()) bubbles.push(current.trimEnd());
      current = unit.text;
    }
  }
  if (current.trim()) bubbles.push(current.trimEnd());
  return bubbles;
}
