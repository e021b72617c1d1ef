import type { Logger } from "../../ports/logger.js";
import type { Outbound } from "../../ports/outbound.js";
import type { ZaloApi } from "./api.js";
import { bubblesOf, type BubbleReply } from "./bubbles.js";
import { ZaloError } from "./errors.js";
import type { ChoiceMemory } from "./render.js";
import type { Throttle } from "./throttle.js";

export interface Sender {
  /** Renders the reply once and sends it in chunks; throws ZaloError when a chunk cannot be delivered. */
  sendReply(chatId: string, reply: BubbleReply): Promise<void>;
  /** Best effort "typing…" indicator: failures are only logged. */
  typing(chatId: string): void;
}

export function createSender(deps: { api: ZaloApi; throttle: Throttle; choices: ChoiceMemory; signal: AbortSignal; logger: Logger; onUnauthorized: (description: string) => void }): Sender {
  const { api, signal } = deps;
  return {
    async sendReply(chatId, reply) {
      const chunks = bubblesOf(reply);
      deps.choices.remember(chatId, reply.choices);
      for (const [index, text] of chunks.entries()) {
        if (!(await deps.throttle.wait(chatId, signal))) throw new ZaloError("zalo_stopped", "the Zalo channel is stopped");
        const outcome = await api.call<{ message_id?: string }>("sendMessage", { chat_id: chatId, text }, { signal });
        switch (outcome.kind) {
          case "ok":
          case "no_updates":
            continue;
          case "aborted":
            throw new ZaloError("zalo_stopped", "the Zalo channel is stopped");
          case "unauthorized":
            deps.onUnauthorized(outcome.description);
            throw new ZaloError("zalo_unauthorized", "Zalo rejected the bot token (401)");
          case "rejected":
            throw new ZaloError("zalo_rejected", `sendMessage chunk ${index + 1}/${chunks.length} rejected (${outcome.code}): ${outcome.description}`);
          case "unavailable":
            throw new ZaloError("zalo_unavailable", `sendMessage chunk ${index + 1}/${chunks.length} failed after retries: ${outcome.description}`);
        }
      }
    },
    typing(chatId) {
      void api.call("sendChatAction", { chat_id: chatId, action: "typing" }, { retries: 0, timeoutMs: 5_000, signal }).then((outcome) => {
        if (outcome.kind !== "ok" && outcome.kind !== "aborted") deps.logger.debug({ chatId, outcome: outcome.kind }, "zalo typing indicator failed");
      });
    },
  };
}

/** The Outbound for "zalo:<chat id>" addresses over a sender; `refusal` names why sending is off, if it is. */
export function zaloOutbound(sender: Pick<Sender, "sendReply">, refusal: () => ZaloError | undefined): Outbound {
  return {
    handles: (address) => address.startsWith("zalo:"),
    async send(address, reply) {
      const refused = refusal();
      if (refused) throw refused;
      const chatId = address.slice("zalo:".length).trim();
      if (!chatId) throw new ZaloError("zalo_bad_address", `not a Zalo address: "${address}"`);
      await sender.sendReply(chatId, reply);
    },
  };
}
