import { sleep } from "../sleep.js";

export interface ThrottleOptions {
  /** Minimum gap between two sends to the same chat. */
  perChatMs: number;
  /** Minimum gap between any two sends. */
  globalMs: number;
}

export interface Throttle {
  /** Reserves the next free slot for this chat and waits for it; false when aborted. */
  wait(chatId: string, signal?: AbortSignal): Promise<boolean>;
}

/** Slot reservation: each caller books its time at once, so concurrent senders queue without a lock. */
export function createThrottle(options: ThrottleOptions): Throttle {
  let nextGlobal = 0;
  const nextByChat = new Map<string, number>();
  return {
    async wait(chatId, signal) {
      const now = Date.now();
      const at = Math.max(now, nextGlobal, nextByChat.get(chatId) ?? 0);
      nextGlobal = at + options.globalMs;
      nextByChat.set(chatId, at + options.perChatMs);
      if (nextByChat.size > 10_000) {
        for (const [key, value] of nextByChat) if (value < now) nextByChat.delete(key);
      }
      return sleep(at - now, signal);
    },
  };
}
