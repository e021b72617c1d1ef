import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createZaloApi } from "../../../src/adapters/zalo/api.js";
import { startFakeZaloApi, type FakeZaloApi } from "../../fakes/zalo-api.js";
import { recordingLogger } from "../../fakes/recording-logger.js";
import { TOKEN } from "./support.js";

let fake: FakeZaloApi | undefined;
const logs = recordingLogger();
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  expect(logs.text()).not.toContain(TOKEN);
});

async function setup(errorsAsHttpStatus = true) {
  fake = await startFakeZaloApi({ token: TOKEN, botId: "b1", errorsAsHttpStatus });
  return createZaloApi({ baseUrl: `${fake.url}/`, token: TOKEN, logger: logs, timeoutMs: 200, retries: 5, backoffMs: 5, maxBackoffMs: 20 });
}

describe("the one Zalo API function", () => {
  it("POSTs JSON to <base>/bot<token>/<method> and returns the result", async () => {
    const api = await setup();
    expect(await api.call("getMe")).toMatchObject({ kind: "ok", result: { id: "b1" } });
    expect(await api.call("sendMessage", { chat_id: "c1", text: "chào" })).toMatchObject({ kind: "ok", result: { message_id: "m1" } });
    expect(fake!.sent).toEqual([expect.objectContaining({ chat_id: "c1", text: "chào" })]);
  });

  it.each([true, false])("maps error bodies to typed outcomes whatever the HTTP status (errors as HTTP status: %s)", async (asStatus) => {
    const api = await setup(asStatus);
    expect(await api.call("getUpdates", { timeout: 0.05 })).toEqual({ kind: "no_updates" });
    expect(await api.call("sendMessage", { chat_id: "c1", text: "" })).toMatchObject({ kind: "rejected", code: 400 });
    fake!.failNext("getMe", "401");
    expect(await api.call("getMe")).toMatchObject({ kind: "unauthorized" });
  });

  it("retries 5xx, 429, 403, non-JSON errors and timeouts, then succeeds once", async () => {
    const api = await setup();
    fake!.failNext("sendMessage", "500", "429", "403", "502-html", "hang");
    expect(await api.call("sendMessage", { chat_id: "c1", text: "một lần" })).toMatchObject({ kind: "ok" });
    expect(fake!.count("sendMessage")).toBe(6);
    expect(fake!.sent).toHaveLength(1);
    expect(logs.lines.filter((e) => e.msg?.includes("retrying"))).toHaveLength(5);
  });

  it("reports unavailable after the last retry, and does not retry 400 or 401", async () => {
    const api = await setup();
    fake!.failNext("getMe", "500", "500", "500", "500", "500", "500");
    expect(await api.call("getMe")).toMatchObject({ kind: "unavailable", code: 500 });
    expect(fake!.count("getMe")).toBe(6);
    fake!.failNext("getMe", "401");
    await api.call("getMe");
    expect(fake!.count("getMe")).toBe(7);
    await api.call("sendMessage", { chat_id: "c1", text: "" });
    expect(fake!.count("sendMessage")).toBe(1);
  });

  it("redacts the token from descriptions and network errors", async () => {
    const api = await setup();
    const notFound = await api.call("noSuchMethod");
    expect(notFound).toMatchObject({ kind: "rejected", code: 404 });
    expect(JSON.stringify(notFound)).not.toContain(TOKEN);
    expect(JSON.stringify(notFound)).toContain("<redacted>");

    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const down = createZaloApi({ baseUrl: `http://127.0.0.1:${port}`, token: TOKEN, logger: logs, retries: 1, backoffMs: 1 });
    const outcome = await down.call("getMe");
    expect(outcome).toMatchObject({ kind: "unavailable" });
    expect(JSON.stringify(outcome)).not.toContain(TOKEN);
  });

  it("returns aborted at once when the signal fires mid-call or mid-backoff", async () => {
    const api = await setup();
    const controller = new AbortController();
    const pending = api.call("getUpdates", { timeout: 30 }, { timeoutMs: 60_000, signal: controller.signal });
    await new Promise<void>((r) => fake!.events.once("call", () => r()));
    controller.abort();
    expect(await pending).toEqual({ kind: "aborted" });

    const slow = createZaloApi({ baseUrl: fake!.url, token: TOKEN, logger: logs, backoffMs: 60_000 });
    fake!.failNext("getMe", "500");
    const second = new AbortController();
    const backingOff = slow.call("getMe", {}, { signal: second.signal });
    await new Promise<void>((r) => fake!.events.once("call", () => r()));
    setTimeout(() => second.abort(), 20);
    expect(await backingOff).toEqual({ kind: "aborted" });
  });
});
