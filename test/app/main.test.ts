import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createFakeSlackApi } from "../fakes/slack-api.js";
import { startFakeZaloApi } from "../fakes/zalo-api.js";
import { messageIm, postSigned } from "../adapters/slack/payloads.js";
import { textUpdate } from "../adapters/zalo/support.js";
import { MAIN } from "../helpers/compiled.js";

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

async function until<T>(fn: () => T | undefined | Promise<T | undefined>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

let children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children) c.kill("SIGKILL");
  children = [];
});

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, LOG_LEVEL: "info", ...env }, stdio: ["pipe", "pipe", "pipe"] });
  children.push(child);
  let log = "";
  child.stderr!.on("data", (d) => (log += String(d)));
  child.stdout!.on("data", (d) => (log += String(d)));
  return { child, log: () => log };
}

describe("npm start with Slack and Zalo configured", { timeout: 60_000 }, () => {
  it("serves both channels on one process, answers each, and stops cleanly on SIGTERM", async () => {
    const slack = await createFakeSlackApi();
    const zalo = await startFakeZaloApi({ token: "123:zalo-secret-token" });
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), "main-"));
    const bot = start({
      DATA_DIR: dataDir,
      PORT: String(port),
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_SIGNING_SECRET: "signing-secret-test",
      SLACK_API_URL: slack.url,
      ZALO_BOT_TOKEN: "123:zalo-secret-token",
      ZALO_API_URL: zalo.url,
    });
    await until(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok);

    zalo.queueUpdate(textUpdate("ai chủ trì nhiệm vụ 13"));
    const zaloReply = await until(() => zalo.sent.find((m) => m.text.includes("Văn phòng UBND tỉnh")));
    expect(zaloReply.text).toContain("Nhiệm vụ 13");

    const body = JSON.stringify(messageIm({ user: "U0USER01", text: "quý 2 có những nhiệm vụ nào" }));
    const res = await postSigned({ url: `http://127.0.0.1:${port}/slack/events`, body, secret: "signing-secret-test", nowSec: Math.floor(Date.now() / 1000), json: true });
    expect(res.status).toBe(200);
    const [post] = await slack.waitFor("chat.postMessage", 1, 15_000);
    expect(JSON.stringify(post!.params)).toContain("Văn phòng UBND tỉnh");

    bot.child.kill("SIGTERM");
    const code = await new Promise((resolve) => bot.child.on("exit", resolve));
    expect(code).toBe(0);
    expect(bot.log()).not.toContain("zalo-secret-token");
    expect(bot.log()).not.toContain("xoxb-test-token");
    await slack.close();
    await zalo.close();
  });

  it("refuses a second process on the same data directory, naming it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "main-"));
    const first = start({ DATA_DIR: dataDir });
    first.child.stdin!.write("help\n");
    await until(() => first.log().includes("Tôi trả lời về"));
    const second = start({ DATA_DIR: dataDir });
    const code = await new Promise((resolve) => second.child.on("exit", resolve));
    expect(code).toBe(1);
    expect(second.log()).toContain(dataDir);
    first.child.stdin!.end("exit\n");
    expect(await new Promise((resolve) => first.child.on("exit", resolve))).toBe(0);
  });
});
