import type { types } from "@slack/bolt";

type KnownBlock = types.KnownBlock;

/** Slack allows 3,000 characters in a section's text; this leaves a margin. */
export const SECTION_TEXT = 2900;

export function section(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

/** Escapes everything, then turns back into real mentions only the user ids the bot itself put there. */
export function withMentions(escaped: string, mentions: readonly string[] = []): string {
  return mentions.reduce((text, user) => {
    const id = /^slack:([UW][A-Z0-9]+)$/.exec(user)?.[1];
    return id ? text.split(`&lt;@${id}&gt;`).join(`<@${id}>`) : text;
  }, escaped);
}

/** Already escaped mrkdwn as section blocks, cut on line breaks to Slack's section size. */
export function mrkdwnSections(mrkdwn: string): KnownBlock[] {
  const pieces: string[] = [];
  let current = "";
  for (const line of mrkdwn.split("\n")) {
    for (const part of chunk(line, SECTION_TEXT)) {
      const joined = current ? `${current}\n${part}` : part;
      if (joined.length > SECTION_TEXT) {
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
