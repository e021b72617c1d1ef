import { randomUUID } from "node:crypto";
import type { Reply } from "../../core/message.js";
import type { Outbound } from "../../ports/outbound.js";
import { openDm } from "./listeners.js";
import { deliver, type SlackDeps } from "./turns.js";

const ADDRESS = /^slack:([CDGUW][A-Z0-9]+)$/;

/**
 * Bot-initiated messages (reminders, nudges): "slack:C…"/"slack:G…"/"slack:D…" post in the channel,
 * "slack:U…"/"slack:W…" open a DM first. Reminders about tasks carry the report button.
 */
export function slackOutbound(deps: Pick<SlackDeps, "caller" | "dms">): Outbound {
  return {
    handles: (address) => ADDRESS.test(address),
    async send(address, reply: Reply) {
      const id = ADDRESS.exec(address)?.[1];
      if (!id) throw new Error(`not a Slack address: ${address}`);
      const channel = id.startsWith("U") || id.startsWith("W") ? await openDm(deps, id) : id;
      // One key per send: a retried post inside this call is checked against it, never doubled.
      await deliver(deps, { channel }, reply, `out:${randomUUID()}`, reply.tasks.length > 0 || undefined);
    },
  };
}
