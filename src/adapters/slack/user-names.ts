import type { Logger } from "../../ports/logger.js";
import type { SlackCaller } from "./slack-calls.js";

interface SlackUser {
  real_name?: string;
  name?: string;
  profile?: { display_name?: string; real_name?: string };
}

/** The name Slack shows for a person: their display name, else their full name. */
export function shownName(user: SlackUser | undefined): string | undefined {
  return [user?.profile?.display_name, user?.profile?.real_name, user?.real_name].find((n) => typeof n === "string" && n.trim() !== "")?.trim();
}

/**
 * People's names by Slack user id, from users.info (needs users:read), asked once per person per run.
 * A failure (no scope, rate limit) just means no name: the bot then shows the id, as before.
 */
export function createUserNames(caller: Pick<SlackCaller, "call">, logger: Logger, max = 5000): (user: string) => Promise<string | undefined> {
  const names = new Map<string, Promise<string | undefined>>();
  return (user) => {
    const known = names.get(user);
    if (known) return known;
    const asked = caller
      .call<{ user?: SlackUser }>("users.info", { user }, "rate-limit")
      .then((r) => shownName(r.user))
      .catch((error: unknown) => {
        logger.debug({ err: String(error), user }, "slack: users.info failed; showing the id");
        return undefined;
      });
    if (names.size >= max) names.delete(names.keys().next().value as string);
    names.set(user, asked);
    return asked;
  };
}
