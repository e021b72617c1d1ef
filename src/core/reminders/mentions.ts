import type { State } from "../state.js";

const SLACK_USER = /^slack:([UW][A-Z0-9]+)$/;

/**
 * How a digest names the people of an agency: in a Slack channel a Slack user is a real mention
 * (<@U123>); anywhere else, and for users of other platforms, their roster name or id in plain text.
 */
export function mention(channel: string, user: string, name?: string): string | undefined {
  const slack = SLACK_USER.exec(user);
  if (slack && channel.startsWith("slack:")) return `<@${slack[1]}>`;
  if (name?.trim()) return `@${name.trim()}`;
  // A Slack id means nothing elsewhere ("@U77" on Zalo): without a name the person is left out.
  return user.startsWith("slack:") ? undefined : `@${user.replace(/^[a-z]+:/, "")}`;
}

/** Mentions of everyone rostered for the agency, in roster order. */
export function agencyMentions(state: Readonly<State>, channel: string, agency: string): string[] {
  return state.roster.filter((r) => r.agency === agency).flatMap((r) => mention(channel, r.user, r.name) ?? []);
}
