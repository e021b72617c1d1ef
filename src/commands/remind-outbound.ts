import type { Config } from "../config.js";
import type { Reply } from "../core/message.js";
import type { Logger } from "../ports/logger.js";
import type { Outbound } from "../ports/outbound.js";

/**
 * Where `remind` sends: console:* addresses print to stdout (unless `quiet`, when the command prints
 * JSON itself); slack:* and zalo:* go through a send-only client of that platform when its token is
 * set. An address no platform can take fails, and the ledger retries it with backoff.
 */
export function cliOutbound(config: Config, logger: Logger, options: { quiet: boolean; write: (text: string) => void }): Outbound {
  // Imported only when needed: loading Bolt costs most of a second on every CLI command otherwise.
  const platforms: { prefix: string; make: () => Promise<Outbound | undefined>; missing: string }[] = [
    {
      prefix: "slack:",
      missing: "SLACK_BOT_TOKEN",
      make: async () => (config.SLACK_BOT_TOKEN ? (await import("../adapters/slack/send-only.js")).slackSendOnly({ token: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL, logger }) : undefined),
    },
    {
      prefix: "zalo:",
      missing: "ZALO_BOT_TOKEN",
      make: async () => (config.ZALO_BOT_TOKEN ? (await import("../adapters/zalo/send-only.js")).zaloSendOnly({ token: config.ZALO_BOT_TOKEN, apiUrl: config.ZALO_API_URL, logger }) : undefined),
    },
  ];
  const built = new Map<string, Promise<Outbound | undefined>>();
  return {
    handles: (address) => address.startsWith("console:") || platforms.some((p) => address.startsWith(p.prefix)),
    async send(address: string, reply: Reply) {
      if (address.startsWith("console:")) {
        if (!options.quiet) options.write(`→ ${address}\n${reply.text}\n\n`);
        return;
      }
      const platform = platforms.find((p) => address.startsWith(p.prefix));
      if (!platform) throw new Error(`no channel delivers to ${address}`);
      if (!built.has(platform.prefix)) built.set(platform.prefix, platform.make());
      const outbound = await built.get(platform.prefix);
      if (!outbound) throw new Error(`${platform.missing} is not set: cannot send to ${address}`);
      await outbound.send(address, reply);
    },
  };
}
