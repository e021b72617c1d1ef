import { startTerminalChat } from "./adapters/console/terminal-chat.js";
import { createLogger } from "./adapters/logger.js";
import { ConfigError, loadConfig } from "./config.js";
import { composeCore } from "./compose.js";
import { systemClock } from "./ports/clock.js";

/** Composition root: config, real dependencies, then every channel whose credentials are set. */
export async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return error instanceof ConfigError ? 2 : 1;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const core = await composeCore({ config, clock: systemClock, logger });
  const stops: (() => Promise<void> | void)[] = [];
  const terminal = startTerminalChat({ bot: core.bot, clock: systemClock, logger });
  stops.push(terminal.stop);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    for (const s of stops.reverse()) await s();
    await core.store.close();
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  await terminal.done;
  await stop("end of input");
  return 0;
}

if (process.argv[1] && /main\.[tj]s$/.test(process.argv[1])) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
