import type { HttpServer } from "../adapters/http/http-server.js";
import type { Config } from "../config.js";
import type { Bot } from "../core/bot-types.js";
import type { Clock } from "./clock.js";
import type { Logger } from "./logger.js";
import type { Store } from "./store.js";

/** What every chat channel (Slack, Zalo) is started with. */
export interface ChannelDeps {
  bot: Bot;
  store: Store;
  config: Config;
  logger: Logger;
  /** The shared HTTP server, for channels that receive webhooks. */
  http?: HttpServer;
  clock: Clock;
}
