import { describe, expect, it } from "vitest";
import { createThrottle } from "../../../src/adapters/zalo/throttle.js";

describe("send throttle", () => {
  // Measured where the slots are granted, not at the server: request latency there varies with load.
  it("spaces the sends to one chat by perChatMs and lets other chats go between them", async () => {
    const throttle = createThrottle({ perChatMs: 40, globalMs: 0 });
    const granted: Record<string, number[]> = { a: [], b: [] };
    const send = async (chat: "a" | "b") => {
      expect(await throttle.wait(chat)).toBe(true);
      granted[chat]!.push(Date.now());
    };
    const start = Date.now();
    await Promise.all([send("a"), send("b"), send("a"), send("a")]);
    // The k-th send to a chat gets the slot k·perChatMs after the first; timers never fire early
    // (but for the clock's millisecond rounding), so this holds however busy the machine is.
    granted.a!.forEach((t, k) => expect(t - start).toBeGreaterThanOrEqual(k * 40 - 1));
    expect(granted.b![0]!).toBeLessThan(granted.a![1]!);
  });

  it("gives up the wait, with false, when the signal aborts", async () => {
    const throttle = createThrottle({ perChatMs: 60_000, globalMs: 0 });
    const controller = new AbortController();
    await throttle.wait("a");
    const second = throttle.wait("a", controller.signal);
    controller.abort();
    expect(await second).toBe(false);
  });
});
