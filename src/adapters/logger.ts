import { pino } from "pino";
import type { Logger } from "../ports/logger.js";

const REDACT = ["token", "*.token", "headers.authorization", "config.SLACK_BOT_TOKEN", "config.SLACK_APP_TOKEN", "config.SLACK_SIGNING_SECRET", "config.ZALO_BOT_TOKEN", "config.OPENAI_API_KEY"];

/** pino: readable lines on a terminal, JSON elsewhere; always to stderr so stdout stays for answers. */
export function createLogger(level: string, pretty = Boolean(process.stderr.isTTY)): Logger {
  if (pretty) {
    return pino({
      level,
      redact: REDACT,
      transport: { target: "pino-pretty", options: { destination: 2, colorize: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" } },
    }) as unknown as Logger;
  }
  return pino({ level, redact: REDACT }, pino.destination(2)) as unknown as Logger;
}
