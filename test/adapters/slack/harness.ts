import { createHttpServer, type HttpServer } from "../../../src/adapters/http/http-server.js";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { startSlack, type SlackChannel, type SlackTuning } from "../../../src/adapters/slack/start-slack.js";
import { loadConfig } from "../../../src/config.js";
import type { Bot } from "../../../src/core/bot-types.js";
import type { Message, Reply } from "../../../src/core/message.js";
import type { Clock } from "../../../src/ports/clock.js";
import type { Store } from "../../../src/ports/store.js";
import { recordingLogger, type RecordingLogger } from "../../fakes/recording-logger.js";
import { createFakeSlackApi, type FakeSlackApi } from "../../fakes/slack-api.js";
import { testBot } from "../../helpers/bot.js";
import { postSigned } from "./payloads.js";

export const SECRETS = { bot: "xoxb-1111-2222-testbottoken", app: "xapp-1-A111-2222-testapptoken", signing: "8f742231b10e8888abcd99yyyzzz85a5" };
export const NOW = new Date("2023-05-10T03:00:00Z");
export const fixedClock: Clock = { now: () => NOW };

export { recordingLogger };

/** The real bot over the seed plan, with a list of the messages it handled. */
export function realBot(store: Store, clock: Clock = fixedClock): Bot & { handled: Message[] } {
  const { bot } = testBot({ store, clock });
  const handled: Message[] = [];
  return { ...bot, handled, handle: (m) => (handled.push(m), bot.handle(m)) };
}

export function reply(text: string, extra: Partial<Reply> = {}): Reply {
  return { intent: "test", text, lang: "vi", tasks: [], targets: [], ...extra };
}

export interface Harness {
  api: FakeSlackApi;
  http: HttpServer;
  slack: SlackChannel;
  store: Store;
  logger: RecordingLogger;
  eventsUrl: string;
  /** Posts a signed JSON (Events API) or form (commands, interactivity) body. */
  send(body: object | string, opts?: { nowSec?: number; headers?: Record<string, string> }): Promise<{ status: number; text: string; ms: number }>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(opts: { bot: (store: Store) => Bot; store?: Store; clock?: Clock; tuning?: SlackTuning; env?: Record<string, string> }): Promise<Harness> {
  const api = await createFakeSlackApi();
  const logger = recordingLogger();
  const http = createHttpServer({ port: 0, host: "127.0.0.1", logger });
  const port = await http.listen();
  const store = opts.store ?? createMemoryStore();
  const clock = opts.clock ?? fixedClock;
  const config = loadConfig({ SLACK_BOT_TOKEN: SECRETS.bot, SLACK_SIGNING_SECRET: SECRETS.signing, SLACK_API_URL: api.url, ...opts.env });
  const bot = opts.bot(store);
  const start = () => startSlack({ bot, store, config, logger, http, clock, tuning: { requestTimeoutMs: 400, channelIntervalMs: 0, backoffMs: 20, ...opts.tuning } });
  const h: Harness = {
    api,
    http,
    store,
    logger,
    slack: await start(),
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    send(body, o = {}) {
      const text = typeof body === "string" ? body : JSON.stringify(body);
      return postSigned({
        url: h.eventsUrl,
        body: text,
        secret: SECRETS.signing,
        nowSec: o.nowSec ?? Math.floor(clock.now().getTime() / 1000),
        json: typeof body !== "string",
        ...(o.headers ? { headers: o.headers } : {}),
      });
    },
    async restart() {
      await h.slack.stop();
      h.slack = await start();
    },
    async close() {
      await h.slack.stop();
      await http.close();
      await api.close();
    },
  };
  return h;
}

/** Every text a Slack message shows: fallback text plus section texts and button labels. */
export function shownText(params: { text?: string; blocks?: any[] }): string {
  const parts = [params.text ?? ""];
  for (const block of params.blocks ?? []) {
    if (block.text?.text) parts.push(block.text.text);
    for (const element of block.elements ?? []) if (element.text?.text) parts.push(element.text.text);
  }
  return parts.join("\n");
}
