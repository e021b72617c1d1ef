import { describe, expect, it } from "vitest";
import { createScheduler } from "../../../src/adapters/scheduler/scheduler.js";
import { silentLogger } from "../../../src/ports/logger.js";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const clock = {
  t: new Date("2023-05-15T01:00:00Z"),
  now() {
    return this.t;
  },
};

describe("scheduler", () => {
  it("runs once at start flagged first, then unflagged, with the clock's time", async () => {
    const calls: [string, boolean][] = [];
    const s = createScheduler({ clock, logger: silentLogger, pattern: "0 0 1 1 *", tick: async (now, { first }) => void calls.push([now.toISOString(), first]) });
    await s.start();
    await s.runNow();
    await s.stop();
    expect(calls).toEqual([
      ["2023-05-15T01:00:00.000Z", true],
      ["2023-05-15T01:00:00.000Z", false],
    ]);
  });

  it("keeps the first flag until a run succeeds, and survives a throwing run", async () => {
    const flags: boolean[] = [];
    let fail = true;
    const s = createScheduler({
      clock,
      logger: silentLogger,
      pattern: "0 0 1 1 *",
      tick: async (_now, { first }) => {
        flags.push(first);
        if (fail) throw new Error("store unavailable");
      },
    });
    await s.start();
    fail = false;
    await s.runNow();
    await s.runNow();
    await s.stop();
    expect(flags).toEqual([true, true, false]);
  });

  it("never overlaps runs and stop waits for the one in progress", async () => {
    const gate = deferred();
    let active = 0;
    let maxActive = 0;
    let finished = 0;
    const s = createScheduler({
      clock,
      logger: silentLogger,
      pattern: "0 0 1 1 *",
      tick: async () => {
        maxActive = Math.max(maxActive, ++active);
        await gate.promise;
        active--;
        finished++;
      },
    });
    const started = s.start();
    expect(s.running).toBe(true);
    expect(await s.runNow()).toBe(false);
    const stopped = s.stop();
    gate.resolve();
    await Promise.all([started, stopped]);
    expect([maxActive, finished, s.running]).toEqual([1, 1, false]);
    expect(await s.runNow()).toBe(false);
    expect(finished).toBe(1);
  });

  it("ticks on croner's schedule until stopped", async () => {
    let ticks = 0;
    const second = deferred();
    const s = createScheduler({
      clock,
      logger: silentLogger,
      pattern: "* * * * * *",
      tick: async () => {
        if (++ticks === 2) second.resolve();
      },
    });
    expect(s.nextTick()).toBeNull();
    await s.start();
    expect(s.nextTick()?.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // The first run is start's own; the second comes from croner within a second.
    await second.promise;
    await s.stop();
    expect(ticks).toBe(2);
    expect(s.nextTick()).toBeNull();
    expect(await s.runNow()).toBe(false);
  });
});
