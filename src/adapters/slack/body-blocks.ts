import type { types } from "@slack/bolt";
import type { Lang, ReplyBody, ReplyField, ReplyItem } from "../../core/message.js";
import { cardHead, subItemsLine } from "../../core/render/reply-text.js";
import { mrkdwnSections, withMentions } from "./mrkdwn-sections.js";
import { escapeMrkdwn } from "./slack-text.js";

type KnownBlock = types.KnownBlock;

const e = escapeMrkdwn;

function field(f: ReplyField): string {
  return f.label ? `*${e(f.label)}:* ${e(f.value)}` : e(f.value);
}

/** One item in mrkdwn, with every field of the model: nothing the text says about it is left out. */
export function itemMrkdwn(item: ReplyItem, lang: Lang): string {
  const fields = item.fields ?? [];
  if (item.style === "card") {
    const lines = [
      item.answer ? e(item.answer) : undefined,
      `*${e(cardHead(item, lang))}*`,
      ...fields.map((f) => (f.plain ? e(f.value) : `• ${field(f)}`)),
      item.subItems?.length ? e(subItemsLine(item, lang)!.replace(/:.*$/s, ":")) : undefined,
      ...(item.subItems ?? []).map((c) => `   ◦ *${e(c.id)}.* ${e(c.title)}${c.deadline ? ` · ${e(c.deadline)}` : ""}${c.status ? ` · ${e(c.status)}` : ""}`),
      ...(item.notes ?? []).map(e),
    ];
    return lines.filter((l): l is string => Boolean(l)).join("\n");
  }
  // "*9.* …" as Slack lists have always shown an item; the section heading says tasks or targets.
  const title = `*${e(item.id)}.* ${e(item.title)}`;
  if (item.style === "values") return `${title}\n${fields.map(field).join("\n")}`;
  return fields.length ? `${title}\n${fields.map(field).join(" · ")}` : title;
}

/** The body as units of blocks (a heading goes with its first item), for packing into messages. */
export function bodyBlocks(body: ReplyBody, lang: Lang, mentions?: readonly string[]): KnownBlock[][] {
  const text = (s: string) => mrkdwnSections(withMentions(e(s), mentions));
  const units: KnownBlock[][] = [];
  if (body.intro) units.push(text(body.intro));
  for (const section of body.sections) {
    const head = section.head ? mrkdwnSections(`*${withMentions(e(section.head), mentions)}*`) : [];
    section.items.forEach((item, i) => units.push([...(i === 0 ? head : []), ...mrkdwnSections(itemMrkdwn(item, lang))]));
    if (section.items.length === 0 && head.length) units.push(head);
    if (section.foot) units.push(text(section.foot));
  }
  if (body.outro) units.push(text(body.outro));
  return units;
}
