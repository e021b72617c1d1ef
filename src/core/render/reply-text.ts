import type { Lang, Reply, ReplyBody, ReplyField, ReplyItem } from "../message.js";

/** A piece of a reply that is never cut (an intro, a heading, one item), with what separates it from the one before. */
export interface TextUnit {
  text: string;
  sep: "" | "\n" | "\n\n";
}

const NOUN = { task: ["NV", "Task"], target: ["Chỉ tiêu", "Target"] } as const;
const CARD_NOUN = { task: ["Nhiệm vụ", "Task"], target: ["Chỉ tiêu", "Target"] } as const;
const en = (lang: Lang) => (lang === "en" ? 1 : 0);

export const fieldText = (f: ReplyField) => (f.label ? `${f.label}: ${f.value}` : f.value);

export function subItemsLine(item: ReplyItem, lang: Lang): string | undefined {
  const subs = item.subItems ?? [];
  if (subs.length === 0) return undefined;
  const list = subs.map((c) => `${c.id} (${c.title})`).join("; ");
  return lang === "en" ? `Sub-tasks: ${list}.` : `Gồm các việc: ${list}.`;
}

export function cardHead(item: ReplyItem, lang: Lang): string {
  return item.head ?? `${CARD_NOUN[item.kind][en(lang)]} ${item.id}: ${item.title}`;
}

/** One item as plain text, in its style. */
export function itemText(item: ReplyItem, lang: Lang): string {
  const fields = item.fields ?? [];
  const noun = NOUN[item.kind][en(lang)];
  if (item.style === "values") return `• ${noun} ${item.id}. ${item.title}: ${fields.map(fieldText).join("; ")}`;
  if (item.style === "card") {
    const lines = [item.answer, cardHead(item, lang), ...fields.map((f) => (f.plain ? f.value : `• ${fieldText(f)}`)), subItemsLine(item, lang), ...(item.notes ?? [])];
    return lines.filter((l): l is string => Boolean(l)).join("\n");
  }
  const meta = fields.map(fieldText).join(" · ");
  return `• ${noun} ${item.id}. ${item.title}${meta ? `\n   ${meta}` : ""}`;
}

/** The body as units in reading order; joining them with their separators gives the reply's text. */
export function bodyUnits(body: ReplyBody, lang: Lang): TextUnit[] {
  const units: TextUnit[] = [];
  const push = (text: string | undefined, sep: TextUnit["sep"]) => {
    if (text) units.push({ text, sep: units.length ? sep : "" });
  };
  push(body.intro, "");
  for (const section of body.sections) {
    push(section.head, "\n\n");
    section.items.forEach((item, i) => {
      const card = item.style === "card";
      push(itemText(item, lang), i === 0 ? (section.head ? "\n" : "\n\n") : card ? "\n\n" : "\n");
    });
    push(section.foot, section.head || section.items.length ? "\n" : "\n\n");
  }
  push(body.outro, "\n\n");
  return units;
}

export const joinUnits = (units: readonly TextUnit[]) => units.map((u) => u.sep + u.text).join("");

export function renderBody(body: ReplyBody, lang: Lang): string {
  return joinUnits(bodyUnits(body, lang));
}

export function moreLine(remaining: number, lang: Lang): string {
  return lang === "en" ? `Type "more" to see the other ${remaining} item(s).` : `Gõ «xem tiếp» để xem ${remaining} mục còn lại.`;
}

/** A reply's text as units: its body's when it has one (with the «xem tiếp» line), else its paragraphs. */
export function replyUnits(reply: Pick<Reply, "text" | "body" | "more" | "lang">): TextUnit[] {
  if (!reply.body) return reply.text.split(/\n{2,}/).map((text, i) => ({ text, sep: i ? "\n\n" : "" }));
  const units = bodyUnits(reply.body, reply.lang);
  if (reply.more) units.push({ text: moreLine(reply.more.remaining, reply.lang), sep: units.length ? "\n\n" : "" });
  return units;
}

export const itemsOf = (body: ReplyBody): ReplyItem[] => body.sections.flatMap((s) => s.items);

/** Adds a line before or after a reply, to its text and its body alike, so no channel loses it. */
export function withLine(reply: Reply, line: string, where: "before" | "after", sep: "\n" | "\n\n" = "\n\n"): Reply {
  const text = where === "before" ? `${line}${sep}${reply.text}` : `${reply.text}${sep}${line}`;
  const b = reply.body;
  if (!b) return { ...reply, text };
  const body = where === "before" ? { ...b, intro: b.intro ? `${line}\n${b.intro}` : line } : { ...b, outro: b.outro ? `${b.outro}\n${line}` : line };
  return { ...reply, text, body };
}
