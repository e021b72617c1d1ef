import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { startSlack, type SlackChannel } from "../../../src/adapters/slack/start-slack.js";
import { loadConfig } from "../../../src/config.js";
import { createFakeSlackApi, type FakeSlackApi } from "../../fakes/slack-api.js";
import { createFakeSocketMode } from "./fake-socket-mode.js";
import { fixedClock, realBot, recordingLogger, SECRETS, shownText } from "./harness.js";
import { messageIm } from "./payloads.js";

describe("Slack Socket Mode", () => {
  let api: FakeSlackApi;
  let socket: Awaited<ReturnType<typeof createFakeSocketMode>>;
  let slack: SlackChannel;
  const logger = recordingLogger();

  beforeAll(async () => {
    api = await createFakeSlackApi();
    socket = await createFakeSocketMode();
    api.socketUrl = socket.url;
    const config = loadConfig({ SLACK_BOT_TOKEN: SECRETS.bot, SLACK_APP_TOKEN: SECRETS.app, SLACK_API_URL: api.url });
    const store = createMemoryStore();
    slack = await startSlack({ bot: realBot(store), store, config, logger, clock: fixedClock, tuning: { requestTimeoutMs: 1000, channelIntervalMs: 0, clientPingTimeoutMs: 100 } });
  });
  afterAll(async () => {
    await slack.stop();
    await socket.close();
    await api.close();
  });

  const repliesIn = (channel: string) => api.posted.filter((m) => m.channel === channel);

  it("connects with the app token, acks an envelope and answers it once, even when Slack retries it", async () => {
    expect(slack.mode).toBe("socket");
    expect(api.callsTo("apps.connections.open")[0]!.authorization).toBe(`Bearer ${SECRETS.app}`);
    const event = messageIm({ user: "U1", text: "Ai chủ trì nhiệm vụ 9?" });
    const envelope = await socket.deliver(event);
    expect(socket.received.find((r) => r.envelope_id === envelope)).toEqual({ envelope_id: envelope, payload: {} });
    await socket.deliver(event, 1);
    await expect.poll(() => repliesIn("D1").length).toBe(1);
    expect(shownText(repliesIn("D1")[0]!)).toContain("Văn phòng UBND tỉnh");
  });

  it("reconnects after a disconnect message and answers on the new connection", async () => {
    socket.current().send(JSON.stringify({ type: "disconnect", reason: "refresh_requested", debug_info: { host: "applink-fake" } }));
    await socket.waitForConnections(2);
    expect(api.callsTo("apps.connections.open").length).toBeGreaterThanOrEqual(2);
    await socket.deliver(messageIm({ user: "U2", text: "quý 2" }));
    await expect.poll(() => repliesIn("D2").length).toBe(1);
  });

  it("refuses to start with a token Slack rejects, without logging it", async () => {
    api.failNext("auth.test", { error: "invalid_auth" });
    const config = loadConfig({ SLACK_BOT_TOKEN: SECRETS.bot, SLACK_APP_TOKEN: SECRETS.app, SLACK_API_URL: api.url });
    const store = createMemoryStore();
    const failed = startSlack({ bot: realBot(store), store, config, logger, clock: fixedClock });
    await expect(failed).rejects.toMatchObject({ code: "slack_config" });
    await expect(failed).rejects.toThrow(/auth\.test.*invalid_auth/);
  });

  it("reconnects after the connection drops", async () => {
    socket.current().terminate();
    await socket.waitForConnections(3);
    await socket.deliver(messageIm({ user: "U3", text: "nhiệm vụ 9" }));
    await expect.poll(() => repliesIn("D3").length).toBe(1);
    for (const secret of Object.values(SECRETS)) expect(logger.text()).not.toContain(secret);
  });
});
