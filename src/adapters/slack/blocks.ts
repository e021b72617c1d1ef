import type { types } from "@slack/bolt";
import type { Reply, ReplyItem } from "../../core/message.js";
import { bodyBlocks } from "./body-blocks.js";
import { mrkdwnSections, SECTION_TEXT, section, withMentions } from "./mrkdwn-sections.js";
import { escapeMrkdwn, truncate } from "./slack-text.js";

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** Slack's limits (section text 3,000, 50 blocks a message, 25 buttons an actions block), with margin. */
// `messageChars`: Slack refuses a message whose blocks pass about 13k characters (msg_blocks_too_long).
export const LIMITS = { sectionText: SECTION_TEXT, messageBlocks: 50, messageChars: 11_000, homeBlocks: 100, buttons: 25, buttonText: 75, buttonValue: 2000, fallbackText: 3000 };

export const ACTION = { choice: "cchc_choice", reportOpen: "cchc_report_open", more: "cchc_more" } as const;
export const MORE_LABEL = "Xem thêm";
export { mrkdwnSections, section, withMentions };

export function textSections(text: string, mentions?: readonly string[]): KnownBlock[] {
  return mrkdwnSections(withMentions(escapeMrkdwn(text), mentions));
}
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

export function itemSection(item: ReplyItem): KnownBlock {
  const meta = [
    // A target's agency monitors it; only a task has a lead ("Chủ trì").
    item.lead ? `${item.kind === "target" ? "Theo dõi" : "Chủ trì"}: ${escapeMrkdwn(item.lead)}` : "",
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

function moreButton(reply: Reply): Button[] {
  if (!reply.more) return [];
  const text = `${MORE_LABEL} (${reply.more.remaining} mục)`;
  return [{ type: "button", action_id: ACTION.more, text: { type: "plain_text", text: truncate(text, LIMITS.buttonText), emoji: true }, value: reply.more.command }];
}

const size = (blocks: readonly KnownBlock[]) => JSON.stringify(blocks).length;

/** Puts units (an item's blocks are one unit) into messages, never cutting a unit, within Slack's block limits. */
export function packUnits(units: readonly KnownBlock[][], tail: readonly KnownBlock[]): KnownBlock[][] {
  const messages: KnownBlock[][] = [[]];
  const fits = (message: KnownBlock[], add: readonly KnownBlock[]) => message.length + add.length <= LIMITS.messageBlocks && size(message) + size(add) <= LIMITS.messageChars;
  for (const unit of [...units, ...tail.map((b) => [b])]) {
    const last = messages[messages.length - 1]!;
    if (last.length === 0 || fits(last, unit)) last.push(...unit);
    else messages.push([...unit]);
  }
  return messages;
}

/**
 * One reply as one or more Slack messages. A reply with a body shows every item with every field (the
 * same model its text is rendered from); any other reply shows its whole text. Choices, «Xem thêm» and
 * the report button come last. Messages split between items, within Slack's limits.
 */
export function renderReply(reply: Reply, options: { reportButton?: boolean } = {}): SlackMessage[] {
  const items = reply.items ?? [];
  const units = reply.body ? bodyBlocks(reply.body, reply.lang, reply.mentions) : textSections(reply.text, reply.mentions).map((b) => [b]);
  const buttons = [...moreButton(reply), ...choiceButtons(reply)];
  if (options.reportButton ?? hasTaskItems(reply)) {
    buttons.push(reportButton(items.filter((i) => i.kind === "task").map((i) => i.id)));
  }
  const messages = packUnits(units, actionBlocks(buttons));
  const fallback = truncate(withMentions(escapeMrkdwn(reply.text), reply.mentions), LIMITS.fallbackText);
  return messages.map((blocks, i) => ({ text: i === 0 ? fallback : `(tiếp theo ${i + 1}/${messages.length})`, blocks }));
}

/** The App Home tab: the user's agency overview and the report button, within Slack's 100-block limit. */
export function renderHome(overview: Reply): types.HomeView {
  const items = overview.items ?? [];
  const room = LIMITS.homeBlocks - 3;
  const intro = textSections(items.length ? introOf(overview, items) : overview.text).slice(0, 5);
  const shown = items.slice(0, room - intro.length);
  const blocks: KnownBlock[] = [{ type: "header", text: { type: "plain_text", text: "Kế hoạch CCHC của đơn vị bạn", emoji: true } }, ...intro, ...shown.map(itemSection)];
  if (shown.length < items.length) blocks.push(section(`… và ${items.length - shown.length} mục khác.`));
  blocks.push({ type: "actions", elements: [reportButton(shown.filter((i) => i.kind === "task").map((i) => i.id))] });
  return { type: "home", blocks };
}
