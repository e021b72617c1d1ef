import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reply, shownText, startHarness, type Harness } from "./harness.js";

describe("Slack outbound", () => {
  let h: Harness;
  const posted = (channel: string) => h.api.posted.filter((m) => m.channel === channel);

  beforeAll(async () => {
    h = await startHarness({
      bot: () => ({ handle: async () => reply(""), overview: () => reply(""), reportable: () => [], submitReport: async () => reply("") }),
      tuning: { requestTimeoutMs: 300, channelIntervalMs: 150, backoffMs: 10 },
    });
  });
  afterAll(() => h.close());

  it("handles Slack channels and users only", () => {
    const { outbound } = h.slack;
    expect(["slack:C0123ABCD", "slack:U0123ABCD", "slack:G01", "slack:D01", "zalo:abc", "slack:", "console:x"].map((a) => outbound.handles(a))).toEqual([true, true, true, true, false, false, false]);
  });

  it("opens a DM for a user and sends a reminder with the report button", async () => {
    await h.slack.outbound.send("slack:U0REMIND", reply("Nhắc việc: nhiệm vụ 9 đến hạn 30/06/2023", { tasks: ["9"] }));
    expect(h.api.callsTo("conversations.open").at(-1)!.params.users).toBe("U0REMIND");
    const [message] = posted("D0REMIND");
    expect(shownText(message!)).toContain("Nhắc việc: nhiệm vụ 9");
    expect(shownText(message!)).toContain("Báo cáo tiến độ");
  });

  it("sends at most about one message a second per channel, without holding other channels", async () => {
    const started = Date.now();
    await Promise.all([1, 2, 3].map((i) => h.slack.outbound.send("slack:CPACED", reply(`tin ${i}`))).concat(h.slack.outbound.send("slack:COTHER", reply("khác"))));
    const times = h.api
      .callsTo("chat.postMessage")
      .filter((c) => c.params.channel === "CPACED")
      .map((c) => c.at);
    expect(times).toHaveLength(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(140);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(140);
    expect(h.api.callsTo("chat.postMessage").find((c) => c.params.channel === "COTHER")!.at - started).toBeLessThan(140);
  });

  it("does not double a message that landed although Slack answered 500", async () => {
    h.api.failNext("chat.postMessage", { status: 500, store: true });
    await h.slack.outbound.send("slack:C500", reply("một lần thôi"));
    expect(posted("C500")).toHaveLength(1);
    expect(h.api.callsTo("conversations.history").at(-1)!.params).toMatchObject({ channel: "C500", include_all_metadata: "true" });
  });

  it("re-posts after a hang only when the message did not land, and never twice", async () => {
    h.api.failNext("chat.postMessage", { hang: true });
    await h.slack.outbound.send("slack:CHANG1", reply("lần hai"));
    expect(posted("CHANG1").map((m) => m.text)).toEqual(["lần hai"]);
    h.api.failNext("chat.postMessage", { hang: true, store: true });
    await h.slack.outbound.send("slack:CHANG2", reply("đã tới"));
    expect(posted("CHANG2")).toHaveLength(1);
    expect(h.api.callsTo("chat.postMessage").filter((c) => c.params.channel === "CHANG2")).toHaveLength(1);
  });

  it("gives up with delivery_unknown rather than risk a double when Slack cannot be asked", async () => {
    h.api.failNext("chat.postMessage", { status: 503, store: true });
    h.api.failNext("conversations.history", ...Array.from({ length: 4 }, () => ({ status: 503 as const })));
    const lookups = h.api.callsTo("conversations.history").length;
    await expect(h.slack.outbound.send("slack:CDOWN", reply("không rõ"))).rejects.toMatchObject({ code: "slack_delivery_unknown" });
    expect(posted("CDOWN")).toHaveLength(1);
    expect(h.api.callsTo("chat.postMessage").filter((c) => c.params.channel === "CDOWN")).toHaveLength(1);
    expect(h.api.callsTo("conversations.history").length - lookups).toBe(4);
  });

  it("fails fast with the Slack error on a definite refusal", async () => {
    h.api.failNext("chat.postMessage", { error: "channel_not_found" });
    await expect(h.slack.outbound.send("slack:CGONE", reply("x"))).rejects.toMatchObject({ code: "slack_platform_error", slackError: "channel_not_found" });
    expect(h.api.callsTo("chat.postMessage").filter((c) => c.params.channel === "CGONE")).toHaveLength(1);
  });
});
