import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openFileStore } from "../../../src/adapters/lowdb/file-store.js";
import type { State } from "../../../src/core/state.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { startFakeZaloApi } from "../../fakes/zalo-api.js";
import { eventually, textUpdate } from "./support.js";

const TOKEN = "4321:zalo-restart-token";
const REPORTER = "7a1b2c3d4e5f60718293";

let children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children) c.kill("SIGKILL");
  children = [];
});

/** The real bot process (npm start's entry point), polling the fake Zalo API. */
function startBot(env: Record<string, string>) {
  // node itself, not the tsx wrapper: a signal must reach the bot, not a parent that relays it.
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, LOG_LEVEL: "warn", BOT_ADMINS: `zalo:${REPORTER}`, ZALO_BOT_TOKEN: TOKEN, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let log = "";
  child.stdout!.on("data", (d) => (log += String(d)));
  child.stderr!.on("data", (d) => (log += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, log: () => log };
}

/** Opens the data directory the way the bot does (the lock of a killed process is stale) and reads it. */
async function inStore(dataDir: string, check: (state: Readonly<State>) => void): Promise<void> {
  const store = await openFileStore({ dataDir, logger: silentLogger });
  try {
    store.read(check);
  } finally {
    await store.close();
  }
}

describe("Zalo: killed while the reply to a report is being retried", { timeout: 120_000 }, () => {
  it("records the report once and confirms it once after a restart", async () => {
    const fake = await startFakeZaloApi({ token: TOKEN });
    const dataDir = mkdtempSync(join(tmpdir(), "zalo-restart-"));
    const env = { DATA_DIR: dataDir, ZALO_API_URL: fake.url };
    try {
      fake.failNext("sendMessage", ...Array<"500">(50).fill("500"));
      const first = startBot(env);
      await eventually(() => fake.count("getUpdates") >= 1, 60_000);
      fake.queueUpdate(textUpdate("nhiệm vụ 11 đã hoàn thành", { from: REPORTER, id: "report-1" }));
      // The reply is being retried: the report is written, the confirmation not delivered.
      await eventually(() => fake.count("sendMessage") >= 2, 60_000);
      first.child.kill("SIGKILL");
      await first.exited;
      expect(fake.sent).toEqual([]);
      // What the killed process left: the report, and its confirmation waiting in the inbox entry.
      await inStore(dataDir, (state) => {
        expect(state.records.filter((r) => r.kind === "report")).toHaveLength(1);
        expect(state.inbox).toEqual([expect.objectContaining({ handled: true, reply: expect.objectContaining({ text: expect.stringMatching(/Đã ghi nhận nhiệm vụ 11/) }) })]);
      });

      fake.heal("sendMessage");
      const second = startBot(env);
      await eventually(() => fake.sent.length >= 1, 60_000);
      // A question after it: replies in one chat keep their order, so a second confirmation would come before its answer.
      fake.queueUpdate(textUpdate("ai chủ trì nhiệm vụ 13", { from: REPORTER, id: "question-1" }));
      await eventually(() => fake.sent.some((m) => m.text.includes("Văn phòng UBND tỉnh")), 60_000);
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(0);

      const confirmations = fake.sent.filter((m) => /Đã ghi nhận nhiệm vụ 11/.test(m.text));
      expect(confirmations).toHaveLength(1);
      expect(fake.sent.filter((m) => m.chat_id === REPORTER)).toHaveLength(2);
      await inStore(dataDir, (state) => {
        expect(state.records.filter((r) => r.kind === "report" && r.task === "11")).toHaveLength(1);
        expect(state.inbox).toEqual([]);
      });
    } finally {
      await fake.close();
    }
  });
});
