import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { emptyState } from "../../../src/core/state.js";
import { FAKE_BOT } from "../../fakes/slack-api.js";
import { NOW, realBot, SECRETS, shownText, startHarness, type Harness } from "./harness.js";
import { appHomeOpened, appMention, blockActions, messageIm, reportValues, slackTs, slashCommand, viewSubmission } from "./payloads.js";

/** End to end: the real Bolt app in HTTP mode, the real bot, the fake Slack Web API. */
describe("Slack HTTP mode", () => {
  let h: Harness;
  let bot: ReturnType<typeof realBot>;
  // U777 reports for Văn phòng UBND tỉnh, which leads task 9.
  const store = createMemoryStore({ ...emptyState(), roster: [{ user: "slack:U777", agency: "vp-ubnd-tinh", role: "member", addedAt: "2023-01-05T00:00:00Z" }] });
  const nowSec = Math.floor(NOW.getTime() / 1000);

  beforeAll(async () => {
    h = await startHarness({ store, bot: (s) => (bot = realBot(s)) });
  });
  afterAll(() => h.close());

  const postsTo = (channel: string) => h.api.callsTo("chat.postMessage").filter((c) => c.params.channel === channel);

  it("answers a direct message with Block Kit task sections and the report button", async () => {
    const res = await h.send(messageIm({ user: "U100", text: "Quý 2 có những nhiệm vụ nào?" }));
    expect(res.status).toBe(200);
    const [post] = await h.api.waitFor("chat.postMessage");
    expect(post!.params.channel).toBe("D100");
    expect(post!.params.thread_ts).toBeUndefined();
    const blocks = post!.params.blocks as any[];
    const task9 = blocks.find((b) => b.type === "section" && b.text.text.startsWith("*9.*"));
    expect(task9.text.text).toContain("Văn phòng UBND tỉnh");
    expect(task9.text.text).toContain("30/06/2023");
    const actions = blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements);
    expect(actions.map((a: any) => a.text.text)).toContain("Báo cáo tiến độ");
    expect(post!.authorization).toBe(`Bearer ${SECRETS.bot}`);
    expect(bot.handled.at(-1)).toMatchObject({ channel: "slack:D100", user: "slack:U100", conversation: "slack:D100", text: "Quý 2 có những nhiệm vụ nào?" });
    expect(bot.handled.at(-1)!.id).toMatch(/^Ev/);
  });

  it("answers an @mention in the thread, without the mention in the text", async () => {
    const ts = slackTs();
    await h.send(appMention({ user: "U200", text: "Ai chủ trì nhiệm vụ 9?", channel: "C200", ts }));
    await h.api.waitFor("chat.postMessage", 2);
    const [post] = postsTo("C200");
    expect(post!.params.thread_ts).toBe(ts);
    expect(shownText(post!.params)).toContain("Văn phòng UBND tỉnh");
    expect(bot.handled.at(-1)).toMatchObject({ text: "Ai chủ trì nhiệm vụ 9?", conversation: ts, channel: "slack:C200" });
  });

  it("answers /cchc quý 2 privately (ephemeral, listing task 9 and Văn phòng), and an empty /cchc with help", async () => {
    const before = h.api.callsTo("chat.postMessage").length;
    const responseUrl = `${h.api.origin}/response/1`;
    expect((await h.send(slashCommand({ user: "U300", text: "quý 2", channel: "C300", responseUrl }))).status).toBe(200);
    await h.send(slashCommand({ user: "U300", text: "", channel: "C301", responseUrl }));
    const responses = await h.api.waitFor("response_url", 2);
    for (const r of responses) expect(r.params.response_type).toBe("ephemeral");
    const all = responses.map((r) => shownText(r.params)).join("\n");
    expect(all).toMatch(/\*9\.\* Quy định chế độ báo cáo/);
    expect(all).toContain("Văn phòng");
    expect(all).toContain("Tôi trả lời về Kế hoạch");
    expect(JSON.stringify(responses[0]!.params.blocks)).toContain('"action_id":"cchc_share"');
    expect(h.api.callsTo("chat.postMessage").length).toBe(before);
  });

  it("posts a /cchc answer in the channel, with who asked, when «Chia sẻ vào kênh» is clicked", async () => {
    const responseUrl = `${h.api.origin}/response/310`;
    const responses = h.api.callsTo("response_url").length;
    await h.send(slashCommand({ user: "U310", text: "nhiệm vụ 9", channel: "C310", responseUrl }));
    await h.api.waitFor("response_url", responses + 1);
    expect(postsTo("C310")).toHaveLength(0);
    const posts = h.api.callsTo("chat.postMessage").length;
    await h.send(blockActions({ user: "U310", channel: "C310", actionId: "cchc_share", value: "nhiệm vụ 9", responseUrl }));
    await h.api.waitFor("chat.postMessage", posts + 1);
    const [post] = postsTo("C310");
    expect(JSON.stringify(post!.params.blocks)).toContain("<@U310> hỏi: «nhiệm vụ 9»");
    expect(shownText(post!.params)).toContain("Văn phòng UBND tỉnh");
  });

  it("gives one reply to a retried event, also after a restart", async () => {
    const event = messageIm({ user: "U400", text: "nhiệm vụ 9", eventId: "EvRETRY0001" });
    await h.send(event);
    await h.send(event, { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    await h.restart();
    expect((await h.send(event, { headers: { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_timeout" } })).status).toBe(200);
    // A later message in the same DM proves the earlier ones were processed (same lane, in order).
    await h.send(messageIm({ user: "U400", text: "quý 2" }));
    await expect.poll(() => postsTo("D400").length).toBe(2);
    expect(bot.handled.filter((m) => m.id === "EvRETRY0001")).toHaveLength(1);
    expect(store.read((s) => s.seen.filter((e) => e.key === `slack:msg:${event.event.channel}:${event.event.ts}`))).toHaveLength(1);
  });

  it("refuses a bad signature, a stale and a future timestamp with 401, and never runs the handler", async () => {
    const before = bot.handled.length;
    const event = messageIm({ user: "U500", text: "quý 2" });
    const tampered = await h.send(event, { headers: { "x-slack-signature": `v0=${"0".repeat(64)}` } });
    const stale = await h.send(event, { nowSec: nowSec - 301 });
    const future = await h.send(event, { nowSec: nowSec + 301 });
    const unsigned = await fetch(h.eventsUrl, { method: "POST", body: JSON.stringify(event), headers: { "content-type": "application/json" } });
    expect([tampered.status, stale.status, future.status, unsigned.status]).toEqual([401, 401, 401, 401]);
    expect((await h.send(event, { nowSec: nowSec + 290 })).status).toBe(200);
    await expect.poll(() => postsTo("D500").length).toBe(1);
    expect(bot.handled.length).toBe(before + 1);
  });

  it("refuses a 2 MiB body with 413 before reading it", async () => {
    const before = bot.handled.length;
    const big = JSON.stringify(messageIm({ user: "U600", text: "x".repeat(2 * 1024 * 1024) }));
    const res = await h.send(big, { headers: { "content-type": "application/json" } });
    expect(res.status).toBe(413);
    expect(bot.handled.length).toBe(before);
  });

  it("ignores its own messages, other bots and edits", async () => {
    const before = bot.handled.length;
    await h.send(messageIm({ user: FAKE_BOT.user_id, text: "quý 2", channel: "D700" }));
    await h.send(messageIm({ user: "U700", text: "quý 2", extra: { bot_id: "B999", subtype: "bot_message" } }));
    await h.send(messageIm({ user: "U700", text: "quý 2", extra: { subtype: "message_changed" } }));
    await h.send(messageIm({ user: "U701", text: "quý 2" }));
    await expect.poll(() => postsTo("D701").length).toBe(1);
    expect(bot.handled.length).toBe(before + 1);
    expect(postsTo("D700")).toHaveLength(0);
  });

  it("honours a 429 Retry-After and still posts exactly once", async () => {
    h.api.failNext("chat.postMessage", { status: 429, retryAfter: 1 });
    const started = Date.now();
    await h.send(messageIm({ user: "U800", text: "nhiệm vụ 9" }));
    await expect.poll(() => postsTo("D800").length, { timeout: 5000 }).toBe(2);
    const [limited, retried] = postsTo("D800");
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(1000);
    expect(h.api.posted.filter((m) => m.channel === "D800")).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it("takes a roster member from App Home through the report form to a stored report", async () => {
    await h.send(appHomeOpened({ user: "U777" }));
    const [home] = await h.api.waitFor("views.publish");
    expect(shownText(home!.params.view)).toContain("Báo cáo tiến độ");
    const messageTs = slackTs();
    await h.send(blockActions({ user: "U777", channel: "C777", actionId: "cchc_report_open", value: "9", messageTs, responseUrl: `${h.api.origin}/response/777` }));
    const [opened] = await h.api.waitFor("views.open");
    const options = opened!.params.view.blocks.find((b: any) => b.block_id === "task").element.options.map((o: any) => o.value);
    expect(options).toContain("9");
    expect(options).toEqual(bot.reportable("slack:U777").map((i) => i.id));
    const res = await h.send(
      viewSubmission({
        user: "U777",
        privateMetadata: opened!.params.view.private_metadata,
        values: reportValues({ task: "9", status: "done", percent: "100", evidence: "QĐ số 123/QĐ-UBND ngày 10/3/2023" }),
      }),
    );
    expect(res.status).toBe(200);
    await expect.poll(() => postsTo("C777").length).toBe(1);
    expect(postsTo("C777")[0]!.params.thread_ts).toBe(messageTs);
    const record = store.read((s) => s.records.find((r) => r.task === "9" && r.user === "slack:U777"));
    expect(record).toMatchObject({ kind: "report", status: "done", channel: "slack:C777" });
  });

  it("answers url_verification and never logs a token or the signing secret", async () => {
    const res = await h.send({ token: "x", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" });
    expect(res.text).toContain("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    const logs = h.logger.text();
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of Object.values(SECRETS)) expect(logs).not.toContain(secret);
  });

  it("hears a plain reply in a thread it answered in, and nothing else said in channels", async () => {
    const ts = slackTs();
    await h.send(appMention({ user: "U210", text: "nhiệm vụ 11", channel: "C210", ts }));
    await expect.poll(() => postsTo("C210").length).toBeGreaterThan(0);
    const before = bot.handled.length;
    await h.send(messageIm({ user: "U211", text: "chuyện khác", channel: "C210", extra: { channel_type: "channel" } }));
    await h.send(messageIm({ user: "U210", text: "ai phối hợp?", channel: "C210", thread_ts: ts, extra: { channel_type: "channel" } }));
    await expect.poll(() => bot.handled.at(-1)?.text).toBe("ai phối hợp?");
    await expect.poll(() => postsTo("C210").at(-1)?.params.thread_ts === ts && postsTo("C210").length > 1).toBe(true);
    expect(bot.handled.slice(before).map((m) => m.text)).toEqual(["ai phối hợp?"]);
    expect(bot.handled.at(-1)).toMatchObject({ conversation: ts, channel: "slack:C210" });
    expect(postsTo("C210").at(-1)!.params.thread_ts).toBe(ts);
  });

  it("still hears a thread follow-up after a restart", async () => {
    const ts = slackTs();
    await h.send(appMention({ user: "U220", text: "nhiệm vụ 13", channel: "C220", ts }));
    await expect.poll(() => postsTo("C220").length).toBeGreaterThan(0);
    expect(store.read((s) => s.threads?.some((t) => t.key === `C220:${ts}`))).toBe(true);
    await h.restart();
    await h.send(messageIm({ user: "U220", text: "ai phối hợp?", channel: "C220", thread_ts: ts, extra: { channel_type: "channel" } }));
    await expect.poll(() => bot.handled.at(-1)?.text).toBe("ai phối hợp?");
    expect(bot.handled.at(-1)).toMatchObject({ text: "ai phối hợp?", conversation: ts, channel: "slack:C220" });
  });
});
