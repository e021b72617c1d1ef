import type { types } from "@slack/bolt";
import type { Reply, ReplyItem } from "../../core/message.js";
import { escapeMrkdwn, truncate } from "./slack-text.js";

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** Slack's limits (section text 3,000, 50 blocks a message, 25 buttons an actions block), with margin. */
export const LIMITS = { sectionText: 2900, messageBlocks: 50, homeBlocks: 100, buttons: 25, buttonText: 75, buttonValue: 2000, fallbackText: 3000 };

export const ACTION = { choice: "cchc_choice", reportOpen: "cchc_report_open" } as const;
export const REPORT_LABEL = "Báo cáo tiến độ";

export interface SlackMessage {
  /** Notification / accessibility text; mrkdwn, already escaped. */
  text: string;
  blocks: KnownBlock[];
}

const STATUS: Record<string, { emoji: string; label: string }> = {
  not_started: { emoji: ":white_circle:", label: "chưa thực hiện" },
  in_progress: { emoji: ":large_blue_circle:", label: "đang thực hiện" },
  done: { emoji: ":white_check_mark:", label: "hoàn thành" },
  blocked: { emoji: ":warning:", label: "gặp vướng mắc" },
};

function statusText(status: string): string {
  const known = STATUS[status] ?? Object.values(STATUS).find((s) => s.label === status.toLowerCase());
  return known ? `${known.emoji} ${known.label}` : `:small_blue_diamond: ${escapeMrkdwn(status)}`;
}

function section(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

/** Splits escaped text into section-sized pieces, on line breaks when it can. */
/** Escapes everything, then turns back into real mentions only the user ids the bot itself put there. */
export function withMentions(escaped: string, mentions: readonly string[] = []): string {
  return mentions.reduce((text, user) => {
    const id = /^slack:([UW][A-Z0-9]+)$/.exec(user)?.[1];
    return id ? text.split(`&lt;@${id}&gt;`).join(`<@${id}>`) : text;
  }, escaped);
}

export function textSections(text: string, mentions?: readonly string[]): KnownBlock[] {
  const pieces: string[] = [];
  let current = "";
  for (const line of withMentions(escapeMrkdwn(text), mentions).split("\n")) {
    for (const part of chunk(line, LIMITS.sectionText)) {
      const joined = current ? `${current}\n${part}` : part;
      if (joined.length > LIMITS.sectionText) {
        pieces.push(current);
        current = part;
      } else current = joined;
    }
  }
  if (current.trim()) pieces.push(current);
  return pieces.filter((p) => p.trim()).map(section);
}

function chunk(line: string, size: number): string[] {
  if (line.length <= size) return [line];
  const out: string[] = [];
  // Never cut an escape such as "&amp;" in half.
  for (let rest = line; rest.length > 0; ) {
    let cut = Math.min(size, rest.length);
    const amp = rest.lastIndexOf("&", cut);
    if (cut < rest.length && amp > cut - 5 && amp > 0) cut = amp;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return out;
}

export function itemSection(item: ReplyItem): KnownBlock {
  const meta = [
    item.lead ? `Chủ trì: ${escapeMrkdwn(item.lead)}` : "",
    item.deadline ? `Hạn: ${escapeMrkdwn(item.deadline)}` : "",
    item.status ? statusText(item.status) : "",
  ].filter(Boolean);
  const title = `*${escapeMrkdwn(item.id)}.* ${escapeMrkdwn(item.title)}`;
  const text = meta.length ? `${title}\n${meta.join(" · ")}` : title;
  return section(text.length > LIMITS.sectionText ? truncate(text, LIMITS.sectionText) : text);
}

/** The text before the list: the reply's lines up to the first one naming the first item. */
function introOf(reply: Reply, items: ReplyItem[]): string {
  const first = items[0];
  if (!first) return reply.text;
  const lines = reply.text.split("\n");
  const at = lines.findIndex((l) => l.includes(first.title.slice(0, 40)));
  return (at > 0 ? lines.slice(0, at) : lines.slice(0, 1)).join("\n");
}

export function reportButton(tasks: string[]): Button {
  return {
    type: "button",
    action_id: ACTION.reportOpen,
    text: { type: "plain_text", text: REPORT_LABEL, emoji: true },
    style: "primary",
    value: truncate(tasks.join(","), LIMITS.buttonValue),
  };
}

function actionBlocks(buttons: Button[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttons) {
    blocks.push({ type: "actions", elements: buttons.slice(i, i + LIMITS.buttons) });
  }
  return blocks;
}

export function choiceButtons(reply: Reply): Button[] {
  return (reply.choices ?? []).map((c, i) => ({
    type: "button",
    action_id: `${ACTION.choice}_${i}`,
    text: { type: "plain_text", text: truncate(c.key ? `${c.key}. ${c.label}` : c.label, LIMITS.buttonText), emoji: true },
    value: truncate(c.value, LIMITS.buttonValue),
  }));
}

/** True when the reply lists plan tasks, so it gets the "Báo cáo tiến độ" button. */
export function hasTaskItems(reply: Reply): boolean {
  return (reply.items ?? []).some((i) => i.kind === "task");
}

/**
 * One reply as one or more Slack messages: intro text, one section per listed item, choices as
 * buttons (and the report button) at the end. Every message stays within Slack's block limits.
 */
export function renderReply(reply: Reply, options: { reportButton?: boolean } = {}): SlackMessage[] {
  const items = reply.items ?? [];
  const body: KnownBlock[] = [...textSections(items.length ? introOf(reply, items) : reply.text, reply.mentions), ...items.map(itemSection)];
  const buttons = choiceButtons(reply);
  if (options.reportButton ?? hasTaskItems(reply)) {
    buttons.push(reportButton(items.filter((i) => i.kind === "task").map((i) => i.id)));
  }
  const tail = actionBlocks(buttons);
  const messages: KnownBlock[][] = [];
  for (let i = 0; i < body.length; i += LIMITS.messageBlocks) messages.push(body.slice(i, i + LIMITS.messageBlocks));
  if (messages.length === 0) messages.push([]);
  for (const block of tail) {
    const last = messages[messages.length - 1]!;
    if (last.length < LIMITS.messageBlocks) last.push(block);
    else messages.push([block]);
  }
  const fallback = truncate(withMentions(escapeMrkdwn(reply.text), reply.mentions), LIMITS.fallbackText);
  return messages.map((blocks, i) => ({ text: i === 0 ? fallback : `(tiếp theo ${i + 1}/${messages.length})`, blocks }));
}

/** The App Home tab: the user's agency overview and the report button, within Slack's 100-block limit. */
export function renderHome(overview: Reply): types.HomeView {
  const items = overview.items ?? [];
  const room = LIMITS.homeBlocks - 3;
  const intro = textSections(items.length ? introOf(overview, items) : overview.text).slice(0, 5);
  const shown = items.slice(0, room - intro.length);
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: "Kế hoạch CCHC 2023 của đơn vị bạn", emoji: true } },
    ...intro,
    ...shown.map(itemSection),
  ];
  if (shown.length < items.length) blocks.push(section(`… và ${items.length - shown.length} mục khác.`));
  blocks.push({ type: "actions", elements: [reportButton(shown.filter((i) => i.kind === "task").map((i) => i.id))] });
  return { type: "home", blocks };
}
