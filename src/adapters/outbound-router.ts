import type { Outbound } from "../ports/outbound.js";

export class NoRouteError extends Error {
  override name = "NoRouteError";
  readonly code = "OUTBOUND_NO_ROUTE";
}

/** One Outbound over the running channels: each address goes to the channel that handles it. */
export function routeOutbound(channels: readonly Outbound[]): Outbound {
  return {
    handles: (address) => channels.some((c) => c.handles(address)),
    async send(address, reply) {
      const channel = channels.find((c) => c.handles(address));
      if (!channel) throw new NoRouteError(`No running channel delivers to ${address}`);
      await channel.send(address, reply);
    },
  };
}
