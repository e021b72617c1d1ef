import type { Reply } from "../core/message.js";

/** Sends a bot-initiated message (reminder, nudge, review notice) to a platform-qualified channel or user. */
export interface Outbound {
  /** True when this outbound can deliver to the given address ("slack:C1", "zalo:abc", "console:x"). */
  handles(address: string): boolean;
  send(address: string, reply: Reply): Promise<void>;
}
