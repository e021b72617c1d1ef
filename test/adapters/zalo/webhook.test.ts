import { setTimeout as delay } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { createHttpServer } from "../../../src/adapters/http/http-server.js";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { startZalo } from "../../../src/adapters/zalo/zalo-channel.js";
import { loadConfig } from "../../../src/config.js";
import { systemClock } from "../../../src/ports/clock.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { startFakeZaloApi } from "../../fakes/zalo-api.js";
import type { Bot } from "../../../src/core/bot-types.js";
import type { Store } from "../../../src/ports/store.js";
import { createTestBot, eventually, FAST, harnessPool, SECRET, textUpdate, TOKEN } from "./support.js";

// Closes each harness after its test and checks that neither the token nor the secret reached a log line.
const start = harnessPool();

/** A bot whose answers wait until the test releases them, to look at the store between ack and reply. */
function gatedBot(): Bot & { release(): void } {
  const inner = createTestBot();
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return { ...inner, handle: async (m) => (await gate, inner.handle(m)), release: () => open() };
}

describe("Zalo channel, webhook", () => {
  it("registers the route before setWebhook (Zalo probes at once) and never polls", async () => {
    const h = await start({ mode: "webhook" });
    expect(h.fake.webhook).toEqual({ url: expect.stringMatching(/\/zalo\/webhook$/), secret: SECRET });
    expect(h.fake.count("getUpdates")).toBe(0);
    expect(h.fake.count("deleteWebhook")).toBe(0);
  });

  it("answers wrapped and bare pushes through sendMessage", async () => {
    const bot = createTestBot();
    const h = await start({ mode: "webhook", bot });
    expect((await h.fake.deliver({ ok: true, result: textUpdate("ai chủ trì nhiệm vụ 13") })).status).toBe(200);
    expect((await h.fake.deliver(textUpdate("xin chào", { from: "u2" }))).status).toBe(200);
    await eventually(() => h.fake.sent.length === 2);
    expect(h.fake.sent.find((s) => s.chat_id === "6ede9afa66b88fe6d6a9")!.text).toContain("Văn phòng");
    expect(h.fake.sent.find((s) => s.chat_id === "u2")!.text).toBe("Bạn hỏi: xin chào");
  });

  it("refuses a missing or wrong secret with 401 and processes nothing", async () => {
    const bot = createTestBot();
    const h = await start({ mode: "webhook", bot });
    expect((await h.fake.deliver(textUpdate("một"), { secret: null })).status).toBe(401);
    expect((await h.fake.deliver(textUpdate("hai"), { secret: "wrong-secret-xyz" })).status).toBe(401);
    expect((await h.fake.deliver(textUpdate("ba"), { secret: SECRET.slice(0, -1) })).status).toBe(401);
    expect(h.store.read((s) => [s.inbox.length, s.seen.length])).toEqual([0, 0]);
    expect((await h.fake.deliver(textUpdate("đúng rồi"))).status).toBe(200);
    await eventually(() => h.fake.sent.length === 1);
    expect(bot.seen.map((m) => m.text)).toEqual(["đúng rồi"]);
  });

  it("refuses a body over 1 MiB and bad JSON without processing them", async () => {
    const bot = createTestBot();
    const h = await start({ mode: "webhook", bot });
    const huge = await h.fake.deliver(textUpdate("x".repeat(1024 * 1024 + 10)));
    expect(huge.status).toBe(413);
    expect((await h.fake.deliver("{not json")).status).toBe(400);
    expect(h.store.read((s) => s.inbox.length)).toBe(0);
    expect(bot.seen).toEqual([]);
  });

  it("answers a repeated push once", async () => {
    const bot = createTestBot();
    const h = await start({ mode: "webhook", bot });
    const update = textUpdate("xin chào", { id: "dup-1" });
    expect((await h.fake.deliver(update)).status).toBe(200);
    expect((await h.fake.deliver({ ok: true, result: update })).status).toBe(200);
    await h.fake.deliver(textUpdate("cuối", { id: "sentinel" }));
    await eventually(() => h.fake.sent.length === 2);
    expect(bot.seen.map((m) => m.text)).toEqual(["xin chào", "cuối"]);
  });

  it("forgets seen keys after a day, so only recent repeats are dropped", async () => {
    const bot = createTestBot();
    const store = createMemoryStore();
    const old = new Date(Date.now() - 25 * 3600_000).toISOString();
    await store.update((s) => void s.seen.push({ key: "zalo:message.text.received:old", at: old }, { key: "zalo:message.text.received:new", at: new Date().toISOString() }));
    const h = await start({ mode: "webhook", bot, store });
    await h.fake.deliver(textUpdate("lại lần nữa", { id: "new" }));
    await h.fake.deliver(textUpdate("hôm qua", { id: "old" }));
    await eventually(() => h.fake.sent.length === 1);
    expect(bot.seen.map((m) => m.text)).toEqual(["hôm qua"]);
    expect(store.read((s) => s.seen.filter((x) => x.key.endsWith(":old")))).toHaveLength(1);
  });

  it("stores the update before the 200, and clears it once answered", async () => {
    const bot = gatedBot();
    // A slow disk: an ack sent before the write finished would be seen here as an empty inbox.
    const memory = createMemoryStore();
    const store: Store = { ...memory, update: async (fn) => (await delay(30), memory.update(fn)) };
    const h = await start({ mode: "webhook", bot, store });
    expect((await h.fake.deliver(textUpdate("nhiệm vụ 13", { id: "m-13" }))).status).toBe(200);
    expect(h.store.read((s) => s.inbox.map((e) => e.key))).toEqual(["zalo:message.text.received:m-13"]);
    bot.release();
    await eventually(() => h.fake.sent.length === 1);
    await eventually(() => h.store.read((s) => s.inbox.length === 0));
  });

  it("loses nothing when the process dies after the ack: the next start answers the stored update", async () => {
    const store = createMemoryStore();
    const first = await start({ mode: "webhook", bot: gatedBot(), store, tuning: { stopGraceMs: 20 } });
    await first.fake.deliver(textUpdate("ai chủ trì nhiệm vụ 13", { id: "crash-1" }));
    await first.channel.stop();
    expect(first.fake.sent).toHaveLength(0);
    expect(store.read((s) => s.inbox.length)).toBe(1);

    const second = await start({ mode: "webhook", store });
    await eventually(() => second.fake.sent.length === 1);
    expect(second.fake.sent[0]!.text).toContain("Văn phòng");
    await eventually(() => store.read((s) => s.inbox.length === 0));
  });

  it("answers group messages only when they mention the bot", async () => {
    const bot = createTestBot();
    const h = await start({ mode: "webhook", bot });
    await h.fake.deliver(textUpdate("chuyện riêng", { chat: "g1", chatType: "GROUP" }));
    await h.fake.deliver(textUpdate("@CCHC Bot nhiệm vụ 13 ai làm", { chat: "g1", chatType: "GROUP" }));
    await eventually(() => h.fake.sent.length === 1);
    expect(h.fake.sent[0]!.chat_id).toBe("g1");
    expect(bot.seen.map((m) => [m.channel, m.text])).toEqual([["zalo:g1", "nhiệm vụ 13 ai làm"]]);
  });

  it("stops on a 401 from sendMessage while the shared HTTP server keeps serving", async () => {
    const h = await start({ mode: "webhook" });
    h.fake.revokeToken();
    expect((await h.fake.deliver(textUpdate("xin chào"))).status).toBe(200);
    await h.channel.done;
    expect(h.logs.lines.some((e) => e.level === "error" && /ZALO_BOT_TOKEN/.test(e.msg ?? ""))).toBe(true);
    const port = (h.http!.server.address() as { port: number }).port;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await h.fake.deliver(textUpdate("còn đó không"))).status).toBe(503);
    // The unanswered message waits in the inbox for a restart with a good token.
    expect(h.store.read((s) => s.inbox)).toHaveLength(1);
  });

  it("waits for the shared server to listen before setWebhook, without holding startZalo up", async () => {
    const fake = await startFakeZaloApi({ token: TOKEN });
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const http = createHttpServer({ port, host: "127.0.0.1", logger: silentLogger });
    const config = loadConfig({ ZALO_BOT_TOKEN: TOKEN, ZALO_API_URL: fake.url, ZALO_WEBHOOK_URL: `http://127.0.0.1:${port}/zalo/webhook`, ZALO_WEBHOOK_SECRET: SECRET });
    const channel = await startZalo({ bot: createTestBot(), store: createMemoryStore(), config, logger: silentLogger, http, clock: systemClock, tuning: FAST });
    expect(fake.count("setWebhook")).toBe(0);
    await http.listen();
    await eventually(() => fake.webhook !== undefined);
    await channel.stop();
    await http.close();
    await fake.close();
  });
});
