import { describe, expect, it } from "vitest";
import { createKeyedQueue } from "../../src/adapters/keyed-queue.js";

/** A job that finishes only when told, recording when it started and ended. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, job: async () => (log.push(`${name} start`), await opened, log.push(`${name} end`), name) };
}

describe("keyed queue", () => {
  it("runs one key's jobs in order and other keys' jobs beside them", async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    const a1 = gate(log, "a1");
    const a2 = gate(log, "a2");
    const b1 = gate(log, "b1");
    const results = [queue.run("a", a1.job), queue.run("a", a2.job), queue.run("b", b1.job)];
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(["a1 start", "b1 start"]);
    b1.open();
    a2.open();
    a1.open();
    expect(await Promise.all(results)).toEqual(["a1", "a2", "b1"]);
    expect(log.indexOf("a1 end")).toBeLessThan(log.indexOf("a2 start"));
    await queue.idle();
  });

  it("passes a job's failure to its caller and goes on with the next", async () => {
    const queue = createKeyedQueue();
    const failed = queue.run("a", async () => {
      throw new Error("boom");
    });
    const next = queue.run("a", async () => "next");
    await expect(failed).rejects.toThrow("boom");
    expect(await next).toBe("next");
    await queue.idle();
  });
});
