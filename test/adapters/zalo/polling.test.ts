import { describe, expect, it } from "vitest";
import { ZALO_TEXTS } from "../../../src/adapters/zalo/inbound.js";
import { BOT_ID, createTestBot, eventually, harnessPool, LONG_LIST, textUpdate } from "./support.js";

// Closes each harness after its test and checks that neither the token nor the secret reached a log line.
const start = harnessPool();

describe("Zalo channel, long polling", () => {
  it("deletes the webhook, then answers a question through sendMessage with one poller", async () => {
    const bot = createTestBot();
    const h = await start({ mode: "polling", bot });
    const sentAt = Date.now() - 5_000;
    h.fake.queueUpdate(textUpdate("ai chủ trì nhiệm vụ 13", { id: "2d758cb5e222177a4e35", date: sentAt }));
    await eventually(() => h.fake.sent.length === 1);
    expect(h.fake.sent[0]).toMatchObject({ chat_id: "6ede9afa66b88fe6d6a9" });
    expect(h.fake.sent[0]!.text).toContain("Văn phòng");
    expect(bot.seen[0]).toMatchObject({
      channel: "zalo:6ede9afa66b88fe6d6a9",
      conversation: "6ede9afa66b88fe6d6a9",
      user: "zalo:6ede9afa66b88fe6d6a9",
      userName: "Ted",
      text: "ai chủ trì nhiệm vụ 13",
      id: "2d758cb5e222177a4e35",
      at: new Date(sentAt),
    });
    const methods = h.fake.calls.map((c) => c.method);
    expect(methods.indexOf("deleteWebhook")).toBeLessThan(methods.indexOf("getUpdates"));
    expect(h.fake.calls.find((c) => c.method === "getUpdates")!.body).toEqual({ timeout: 0.3 });
    expect(h.fake.maxConcurrentPolls).toBe(1);
    // The update was handled and left no inbox entry behind (removed once the send is confirmed).
    await eventually(() => h.store.read((s) => s.inbox.length === 0));
  });

  it("sends a long list in several chunks of at most 2,000 characters", async () => {
    const h = await start({ mode: "polling", tuning: { perChatMs: 40 } });
    h.fake.queueUpdate(textUpdate("danh sách nhiệm vụ"));
    await eventually(() => h.fake.sent.length >= 3 && h.fake.sent.map((s) => s.text).join("\n") === LONG_LIST);
    for (const { text } of h.fake.sent) expect(text.length).toBeGreaterThan(0), expect(text.length).toBeLessThanOrEqual(2000);
  });

  it("accepts wrapped, bare and array results, other name fields and dates in seconds", async () => {
    const bot = createTestBot();
    const h = await start({ mode: "polling", bot });
    const seconds = Math.floor(Date.now() / 1000) - 5;
    h.fake.queueUpdate([textUpdate("một", { from: "u1", name: { first_name: "Lan" }, date: seconds }), { ok: true, result: textUpdate("hai", { from: "u2", name: { name: "Hùng" } }) }]);
    await eventually(() => h.fake.sent.length === 2);
    expect(bot.seen.map((m) => [m.user, m.userName, m.text])).toEqual([
      ["zalo:u1", "Lan", "một"],
      ["zalo:u2", "Hùng", "hai"],
    ]);
    expect(bot.seen[0]!.at.getTime()).toBe(seconds * 1000);
  });

  it("gives a message sent with an impossible date the time it was received", async () => {
    const bot = createTestBot();
    const h = await start({ mode: "polling", bot });
    // 2000-01-01 in milliseconds, which the old reading took for seconds: the year 31969.
    h.fake.queueUpdate(textUpdate("xin chào", { date: 946684800000 }));
    await eventually(() => bot.seen.length === 1);
    const received = Date.parse(h.store.read((s) => s.seen[0]!.at));
    expect(bot.seen[0]!.at.getTime()).toBe(received);
  });

  it("answers a repeated update once, and drops the bot's own messages", async () => {
    const bot = createTestBot();
    const h = await start({ mode: "polling", bot });
    const update = textUpdate("xin chào", { id: "same-id" });
    h.fake.queueUpdate(update);
    h.fake.queueUpdate(update);
    h.fake.queueUpdate(textUpdate("tự nói", { from: BOT_ID }));
    h.fake.queueUpdate(textUpdate("cuối cùng", { id: "sentinel" }));
    await eventually(() => h.fake.sent.some((s) => s.text.includes("cuối cùng")));
    expect(bot.seen.map((m) => m.text)).toEqual(["xin chào", "cuối cùng"]);
    expect(h.fake.sent).toHaveLength(2);
    expect(h.store.read((s) => s.seen.map((x) => x.key))).toContain("zalo:message.text.received:same-id");
  });

  it("answers images, stickers and protected messages with a short polite text, without the bot", async () => {
    const bot = createTestBot();
    const h = await start({ mode: "polling", bot });
    const base = textUpdate("");
    h.fake.queueUpdate({ ...base, event_name: "message.image.received", message: { ...base.message, text: undefined, photo_url: "https://x/y.jpg", message_id: "i1" } });
    h.fake.queueUpdate({ ...base, event_name: "message.sticker.received", message: { ...base.message, sticker: "s1", message_id: "s1" } });
    h.fake.queueUpdate({ ...base, event_name: "message.unsupported.received", message: { ...base.message, message_id: "u1" } });
    await eventually(() => h.fake.sent.length === 3);
    expect(h.fake.sent.map((s) => s.text)).toEqual([ZALO_TEXTS.image, ZALO_TEXTS.sticker, ZALO_TEXTS.unsupported]);
    expect(bot.seen).toEqual([]);
  });

  it("offers choices as numbered lines and maps a digit answer back to the choice", async () => {
    const bot = createTestBot();
    const h = await start({ mode: "polling", bot, tuning: { typing: true } });
    h.fake.queueUpdate(textUpdate("cho tôi chọn"));
    await eventually(() => h.fake.sent.length === 1);
    await eventually(() => h.fake.calls.some((c) => c.method === "sendChatAction" && c.body.action === "typing"));
    expect(h.fake.sent[0]!.text).toContain("1. Nhiệm vụ 12\n2. Nhiệm vụ 13");
    h.fake.queueUpdate(textUpdate("2"));
    await eventually(() => h.fake.sent.length === 2);
    expect(bot.seen[1]!.text).toBe("nhiệm vụ 13");
    expect(h.fake.sent[1]!.text).toContain("Văn phòng");
  });

  it("rides out 5xx, 429, 403, HTML errors and hangs on both calls, answering exactly once", async () => {
    const h = await start({ mode: "polling" });
    h.fake.failNext("getUpdates", "500", "hang");
    h.fake.failNext("sendMessage", "500", "429", "hang", "403", "502-html");
    h.fake.queueUpdate(textUpdate("nhiệm vụ 13 ai làm"));
    await eventually(() => h.fake.sent.length === 1, 8000);
    expect(h.fake.sent[0]!.text).toContain("Văn phòng");
    expect(h.fake.count("sendMessage")).toBe(6);
    expect(h.logs.lines.some((e) => e.msg?.includes("retrying"))).toBe(true);
    h.fake.queueUpdate(textUpdate("sau sự cố", { id: "after" }));
    await eventually(() => h.fake.sent.length === 2);
    expect(h.fake.sent).toHaveLength(2);
  });

  it("stops the channel with a clear message on 401, and the process keeps going", async () => {
    const h = await start({ mode: "polling" });
    h.fake.revokeToken();
    await h.channel.done;
    const error = h.logs.lines.find((e) => e.level === "error");
    expect(error?.msg).toMatch(/ZALO_BOT_TOKEN.*401.*stopped.*rest of the bot keeps running/);
    await expect(h.channel.outbound.send("zalo:abc", { intent: "x", text: "hi", lang: "vi", tasks: [], targets: [] })).rejects.toMatchObject({ code: "zalo_stopped" });
    const polls = h.fake.count("getUpdates");
    h.fake.queueUpdate(textUpdate("còn ai không"));
    await new Promise((r) => setImmediate(r));
    expect(h.fake.count("getUpdates")).toBe(polls);
  });

  it("gives up at start on a bad token without throwing", async () => {
    const h = await start({ mode: "polling", fake: { token: "some-other-token" } });
    await h.channel.done;
    expect(h.fake.count("getMe")).toBe(1);
    expect(h.fake.count("getUpdates")).toBe(0);
    expect(h.logs.lines.filter((e) => e.level === "error")).toHaveLength(1);
  });

  it("aborts the in-flight long poll on stop", async () => {
    const h = await start({ mode: "polling", tuning: { pollTimeoutSec: 30, pollClientTimeoutMs: 36_000 } });
    await eventually(() => h.fake.count("getUpdates") === 1);
    const started = Date.now();
    await h.channel.stop();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("delivers reminders through outbound to zalo: addresses only", async () => {
    const h = await start({ mode: "polling" });
    expect(h.channel.outbound.handles("zalo:6ede9afa")).toBe(true);
    expect(h.channel.outbound.handles("slack:C1")).toBe(false);
    await h.channel.outbound.send("zalo:6ede9afa", { intent: "digest", text: LONG_LIST, lang: "vi", tasks: [], targets: [] });
    expect(h.fake.sent.length).toBeGreaterThan(1);
    expect(new Set(h.fake.sent.map((s) => s.chat_id))).toEqual(new Set(["6ede9afa"]));
  });
});
