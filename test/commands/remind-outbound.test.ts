import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliOutbound } from "../../src/commands/remind-outbound.js";
import { configSchema } from "../../src/config.js";
import type { Reply } from "../../src/core/message.js";
import { silentLogger } from "../../src/ports/logger.js";
import { createFakeSlackApi, type FakeSlackApi } from "../fakes/slack-api.js";
import { startFakeZaloApi, type FakeZaloApi } from "../fakes/zalo-api.js";

const reply: Reply = { intent: "digest", text: "📋 Nhắc việc CCHC <test> & co", lang: "vi", tasks: ["11"], targets: [] };
let slack: FakeSlackApi;
let zalo: FakeZaloApi;

beforeAll(async () => {
  [slack, zalo] = await Promise.all([createFakeSlackApi(), startFakeZaloApi({ token: "zalo-token" })]);
});
afterAll(async () => {
  await Promise.all([slack.close(), zalo.close()]);
});

describe("remind's send-only outbound", () => {
  it("prints console addresses, posts to Slack and Zalo without starting their receivers", async () => {
    const config = configSchema.parse({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_API_URL: slack.url, ZALO_BOT_TOKEN: "zalo-token", ZALO_API_URL: zalo.url });
    const printed: string[] = [];
    const out = cliOutbound(config, silentLogger, { quiet: false, write: (t) => printed.push(t) });
    await out.send("console:team", reply);
    await out.send("slack:C0TEAM", reply);
    await out.send("slack:U0USER", reply);
    await out.send("zalo:chat9", reply);
    expect(printed).toEqual([`→ console:team\n${reply.text}\n\n`]);
    expect(slack.posted.map((p) => [p.channel, p.text])).toEqual([
      ["C0TEAM", "📋 Nhắc việc CCHC &lt;test&gt; &amp; co"],
      [expect.stringMatching(/^D/), "📋 Nhắc việc CCHC &lt;test&gt; &amp; co"],
    ]);
    expect(zalo.sent.map((s) => [s.chat_id, s.text])).toEqual([["chat9", reply.text]]);
    expect(slack.calls.some((c) => c.method === "apps.connections.open")).toBe(false);
    expect(zalo.calls.map((c) => c.method)).toEqual(["sendMessage"]);
  });

  it("fails with the missing variable's name when a platform has no token", async () => {
    const out = cliOutbound(configSchema.parse({}), silentLogger, { quiet: true, write: () => {} });
    await expect(out.send("slack:C1", reply)).rejects.toThrow("SLACK_BOT_TOKEN is not set: cannot send to slack:C1");
    await expect(out.send("zalo:z1", reply)).rejects.toThrow("ZALO_BOT_TOKEN is not set");
    await expect(out.send("teams:x", reply)).rejects.toThrow("no channel delivers to teams:x");
    expect(out.handles("teams:x")).toBe(false);
  });
});
