import { setTimeout as delay } from "node:timers/promises";
import { afterEach, expect } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { createHttpServer, type HttpServer } from "../../../src/adapters/http/http-server.js";
import { startZalo, type ZaloChannel, type ZaloTuning } from "../../../src/adapters/zalo/zalo-channel.js";
import { loadConfig } from "../../../src/config.js";
import type { Bot } from "../../../src/core/bot-types.js";
import type { Message, Reply } from "../../../src/core/message.js";
import { systemClock } from "../../../src/ports/clock.js";
import type { Store } from "../../../src/ports/store.js";
import { recordingLogger, type RecordingLogger } from "../../fakes/recording-logger.js";
import { startFakeZaloApi, type FakeZaloApi, type FakeZaloOptions } from "../../fakes/zalo-api.js";

export const TOKEN = "1234567890:ZaloSecretTokenAbcXyz";
export const SECRET = "webhook-secret-0123456789";
export const BOT_ID = "b07b07b07b07b07b07b0";

export const FAST: Partial<ZaloTuning> = {
  pollTimeoutSec: 0.3,
  pollClientTimeoutMs: 500,
  errorDelayMs: 20,
  callTimeoutMs: 250,
  retries: 5,
  backoffMs: 10,
  maxBackoffMs: 40,
  perChatMs: 0,
  globalMs: 0,
  typing: false,
};

/** Waits for a condition with a bounded loop; fails with the last error when it never holds. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 4000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await check();
      if (value !== false && value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await delay(5);
  }
  throw last instanceof Error ? last : new Error("condition never held");
}

/** A documented-shaped message event (bot.zaloplatforms.com/docs), as getUpdates or a webhook carries it. */
export function textUpdate(text: string, over: { from?: string; chat?: string; id?: string; chatType?: string; event?: string; date?: number; name?: Record<string, string> } = {}) {
  const from = over.from ?? "6ede9afa66b88fe6d6a9";
  return {
    event_name: over.event ?? "message.text.received",
    message: {
      from: { id: from, is_bot: false, ...(over.name ?? { display_name: "Ted" }) },
      chat: { id: over.chat ?? from, chat_type: over.chatType ?? "PRIVATE" },
      text,
      message_id: over.id ?? `msg-${Math.random().toString(36).slice(2)}`,
      date: over.date ?? Date.now(),
    },
  };
}

export const LONG_LIST = Array.from({ length: 150 }, (_, i) => `${i + 1}. Nhiệm vụ cải cách hành chính số ${i + 1} – Văn phòng UBND tỉnh chủ trì`).join("\n");

function reply(text: string, extra: Partial<Reply> = {}): Reply {
  return { intent: "test", text, lang: "vi", tasks: [], targets: [], ...extra };
}

/** A tiny Bot for transport tests (the real one is exercised in the e2e test once src/core/bot.ts exists). */
export function createTestBot(): Bot & { seen: Message[] } {
  const seen: Message[] = [];
  return {
    seen,
    async handle(message) {
      seen.push(message);
      const t = message.text.toLowerCase();
      if (t.includes("danh sách")) return reply(LONG_LIST);
      if (t.includes("chọn"))
        return reply("Anh/chị muốn xem nhiệm vụ nào?", {
          choices: [
            { label: "Nhiệm vụ 12", value: "nhiệm vụ 12" },
            { label: "Nhiệm vụ 13", value: "nhiệm vụ 13" },
          ],
        });
      if (t.includes("lỗi")) throw new Error("boom");
      if (t.includes("13")) return reply("Nhiệm vụ 13 do Văn phòng UBND tỉnh chủ trì.", { tasks: ["13"] });
      return reply(`Bạn hỏi: ${message.text}`);
    },
    overview: () => reply("overview"),
    reportable: () => [],
    submitReport: async () => reply("ok"),
  };
}

export interface Harness {
  fake: FakeZaloApi;
  env: Record<string, string>;
  channel: ZaloChannel;
  store: Store;
  logs: RecordingLogger;
  http?: HttpServer;
  close(): Promise<void>;
}

export async function startHarness(options: {
  mode: "polling" | "webhook";
  bot?: Bot;
  store?: Store;
  tuning?: Partial<ZaloTuning>;
  fake?: Partial<FakeZaloOptions>;
  /** More environment (PUBLIC_URL, DATA_DIR); PUBLIC_URL "self" means this harness's own HTTP server. */
  env?: Record<string, string>;
}): Promise<Harness> {
  const fake = await startFakeZaloApi({ token: TOKEN, botId: BOT_ID, ...options.fake });
  const logs = recordingLogger();
  const store = options.store ?? createMemoryStore();
  let http: HttpServer | undefined;
  const env: Record<string, string> = { ZALO_BOT_TOKEN: TOKEN, ZALO_API_URL: fake.url, ...options.env };
  if (options.mode === "webhook" || env.PUBLIC_URL === "self") {
    http = createHttpServer({ port: 0, host: "127.0.0.1", logger: logs });
    const port = await http.listen();
    if (env.PUBLIC_URL === "self") env.PUBLIC_URL = `http://127.0.0.1:${port}`;
    if (options.mode === "webhook") {
      env.ZALO_WEBHOOK_URL = `http://127.0.0.1:${port}/zalo/webhook`;
      env.ZALO_WEBHOOK_SECRET = SECRET;
    }
  }
  const channel = await startZalo({
    bot: options.bot ?? createTestBot(),
    store,
    config: loadConfig(env),
    logger: logs,
    http,
    clock: systemClock,
    tuning: { ...FAST, ...options.tuning },
  });
  return {
    fake,
    env,
    channel,
    store,
    logs,
    http,
    async close() {
      await channel.stop();
      await http?.close();
      await fake.close();
    },
  };
}

/** Starts harnesses for a test file and, after each test, closes them and checks no log line holds a secret. */
export function harnessPool(): typeof startHarness {
  const open: Harness[] = [];
  afterEach(async () => {
    for (const h of open.splice(0)) {
      await h.close();
      expect(h.logs.text()).not.toContain(TOKEN);
      expect(h.logs.text()).not.toContain(SECRET);
    }
  });
  return async (options) => {
    const h = await startHarness(options);
    open.push(h);
    return h;
  };
}
