import { consoleUser, startTerminalChat } from "./adapters/console/terminal-chat.js";
import { withExportsOutbound } from "./adapters/export/attach-files.js";
import { startReminders } from "./adapters/scheduler/start-reminders.js";
import { createHttpServer, type HttpServer } from "./adapters/http/http-server.js";
import { createLogger } from "./adapters/logger.js";
import { withNotices } from "./adapters/notices.js";
import { routeOutbound } from "./adapters/outbound-router.js";
import { ConfigError, loadConfig, loadDotEnv, type Config } from "./config.js";
import { documentImporter } from "./adapters/documents/plan-importer.js";
import { composeCore, exportDeps, type Core } from "./compose.js";
import { systemClock } from "./ports/clock.js";
import type { Logger } from "./ports/logger.js";
import type { Outbound } from "./ports/outbound.js";

type Stop = () => Promise<void> | void;

const needsHttp = (c: Config) => Boolean((c.SLACK_BOT_TOKEN && c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) || c.ZALO_WEBHOOK_URL || (c.ZALO_BOT_TOKEN && c.PUBLIC_URL));

/** Composition root: config, real dependencies, then every channel whose credentials are set. */
export async function main(): Promise<number> {
  let config: Config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return error instanceof ConfigError ? 2 : 1;
  }
  const terminalOnly = !config.SLACK_BOT_TOKEN && !config.ZALO_BOT_TOKEN;
  const logger = createLogger(config.LOG_LEVEL ?? (terminalOnly ? "warn" : "info"));
  // The person at the terminal runs the bot on their own machine: they administer it.
  if (terminalOnly) config = { ...config, BOT_ADMINS: [...config.BOT_ADMINS, consoleUser()] };
  let core: Core;
  try {
    core = await composeCore({ config, clock: systemClock, logger, importer: documentImporter });
  } catch (error) {
    // Store and plan errors carry the file and the fix in their message.
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const outbounds: Outbound[] = [];
  const outbound = routeOutbound(outbounds);
  const bot = withNotices(core.bot, () => outbound, logger);
  const stops: Stop[] = [() => core.store.close()];
  const http: HttpServer | undefined = needsHttp(config) ? createHttpServer({ port: config.PORT, logger }) : undefined;
  let ended: Promise<void> = new Promise(() => {});
  try {
    // One channel failing to start (a revoked Slack token) must not take the others down.
    const deps = { bot, store: core.store, config, logger, http, clock: systemClock };
    const starters = [
      // Each SDK is loaded only when its channel is configured: the terminal chat starts without Bolt or axios.
      { name: "Slack", on: Boolean(config.SLACK_BOT_TOKEN), start: async () => (await import("./adapters/slack/start-slack.js")).startSlack(deps) },
      { name: "Zalo", on: Boolean(config.ZALO_BOT_TOKEN), start: async () => (await import("./adapters/zalo/zalo-channel.js")).startZalo(deps) },
    ];
    const wanted = starters.filter((s) => s.on);
    for (const channel of wanted) {
      try {
        const started = await channel.start();
        outbounds.push(started.outbound);
        stops.push(started.stop);
      } catch (error) {
        logger.error({ err: error, channel: channel.name }, `${channel.name} did not start; the other channels keep running`);
      }
    }
    if (wanted.length > 0 && outbounds.length === 0) throw new Error("No configured channel could start (see the errors above).");
    if (http) {
      const port = await http.listen();
      logger.info({ port }, "http server listening (/healthz, /slack/events, /zalo/webhook, /files/)");
      stops.push(() => http.close());
    }
    if (outbounds.length === 0) {
      const terminal = startTerminalChat({ bot, clock: systemClock, logger, admin: terminalOnly });
      outbounds.push(terminal.outbound);
      stops.push(terminal.stop);
      ended = terminal.done;
    }
    // Weekly digests and nudges to the registered channels, through whichever channel delivers each address.
    const reminders = await startReminders({ plan: core.plan, store: core.store, config, clock: systemClock, logger, outbound: withExportsOutbound(outbound, exportDeps(core, config, logger)) });
    stops.push(reminders.stop);
  } catch (error) {
    logger.error({ err: error }, "start-up failed");
    await stopAll(stops, logger);
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const signalled = new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  const reason = await Promise.race([signalled, ended.then(() => "end of input")]);
  logger.info({ reason }, "stopping");
  await stopAll(stops, logger);
  return 0;
}

async function stopAll(stops: Stop[], logger: Logger): Promise<void> {
  for (const stop of stops.reverse()) {
    try {
      await stop();
    } catch (error) {
      logger.warn({ err: error }, "a channel did not stop cleanly");
    }
  }
}

if (process.argv[1] && /main\.[tj]s$/.test(process.argv[1])) {
  main().then(
    (code) => {
      process.exitCode = code;
      // Sockets from SDKs (keep-alive agents) must not keep a stopped bot alive.
      setTimeout(() => process.exit(code), 2000).unref();
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
