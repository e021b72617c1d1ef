/**
 * Slack text in and out. Outgoing mrkdwn escapes &, < and > so text a user typed (and the bot echoes)
 * can never become `<!channel>`, `<@U…>` or a labelled link; incoming text is turned back into plain words.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Cuts to at most `max` characters (by code point, so no half surrogate), marking the cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/**
 * Incoming Slack text to plain text: drops mentions of the bot, keeps other mentions readable,
 * replaces links by their label and decodes Slack's three escapes.
 */
export function slackToPlain(text: string, botUserId?: string): string {
  const plain = text.replace(/<([^<>]*)>/g, (_all, inner: string) => {
    const [target = "", label] = inner.split("|", 2);
    // Other people keep their id ("gán <@U123> cho Sở Tư pháp" must name slack:U123), the bot itself goes.
    if (target.startsWith("@")) return target.slice(1) === botUserId ? "" : `slack:${target.slice(1)}`;
    if (target.startsWith("#")) return `#${label ?? target.slice(1)}`;
    if (target.startsWith("!")) return label ?? `@${target.slice(1).split("^")[0]}`;
    return label ?? target;
  });
  return plain
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ")
    .trim();
}
