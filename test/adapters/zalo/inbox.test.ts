import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { withTurnMarks } from "../../../src/adapters/turn-marks.js";
import { ZALO_TEXTS } from "../../../src/adapters/zalo/inbound.js";
import type { Bot } from "../../../src/core/bot-types.js";
import type { Store } from "../../../src/ports/store.js";
import { createTestBot, eventually, harnessPool, textUpdate } from "./support.js";

const start = harnessPool();

/** A bot that writes its record, then never answers: the process dies between the write and the reply. */
function writesThenHangs(store: Store): Bot & { turns: number } {
  const bot = createTestBot();
  return Object.assign(bot, {
    turns: 0,
    async handle() {
      this.turns++;
      await store.update((d) => void d.records.push({ seq: 1, kind: "report", task: "11", status: "done", user: "zalo:u", channel: "zalo:u", at: "2023-03-20T02:00:00.000Z", text: "xong" }));
      return new Promise<never>(() => {});
    },
  }) as Bot & { turns: number };
}

describe("Zalo inbox across restarts", () => {
  it("marks an update handled in the bot's own write, and never handles it again after a crash", async () => {
    const store = withTurnMarks(createMemoryStore());
    const first = await start({ mode: "polling", bot: writesThenHangs(store), store, tuning: { stopGraceMs: 20 } });
    first.fake.queueUpdate(textUpdate("nhiệm vụ 11 đã hoàn thành", { id: "r-1" }));
    await eventually(() => store.read((s) => s.records.length === 1));
    expect(store.read((s) => s.inbox)).toEqual([expect.objectContaining({ handled: true })]);
    await first.channel.stop();

    const again = createTestBot();
    const second = await start({ mode: "polling", bot: again, store });
    await eventually(() => second.fake.sent.length === 1);
    expect(second.fake.sent[0]!.text).toBe(ZALO_TEXTS.interrupted);
    expect(again.seen).toEqual([]);
    expect(store.read((s) => s.records)).toHaveLength(1);
    await eventually(() => store.read((s) => s.inbox.length === 0));
  });

  it("keeps the answer until it is delivered, and sends that answer (not a new one) after a restart", async () => {
    const store = withTurnMarks(createMemoryStore());
    const first = await start({ mode: "polling", store, tuning: { stopGraceMs: 20, retries: 1000 } });
    first.fake.failNext("sendMessage", ...Array<"500">(1000).fill("500"));
    first.fake.queueUpdate(textUpdate("ai chủ trì nhiệm vụ 13", { id: "q-1" }));
    await eventually(() => first.fake.count("sendMessage") >= 2);
    await first.channel.stop();
    expect(store.read((s) => s.inbox)).toEqual([expect.objectContaining({ handled: true, reply: { text: "Nhiệm vụ 13 do Văn phòng UBND tỉnh chủ trì." } })]);

    const again = createTestBot();
    const second = await start({ mode: "polling", bot: again, store });
    await eventually(() => second.fake.sent.length === 1);
    expect(second.fake.sent[0]!.text).toBe("Nhiệm vụ 13 do Văn phòng UBND tỉnh chủ trì.");
    expect(again.seen).toEqual([]);
  });
});
