import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../ports/logger.js";

const TOKEN_PATTERN = /\bx(?:ox[abposre]|app)-[A-Za-z0-9-]+/g;

/** Replaces the given secrets and anything shaped like a Slack token. */
export function redact(text: string, secrets: string[]): string {
  let out = text.replace(TOKEN_PATTERN, "[redacted]");
  for (const secret of secrets) if (secret.length >= 6) out = out.split(secret).join("[redacted]");
  return out;
}

function describe(parts: unknown[], secrets: string[]): string {
  const text = parts.map((p) => (p instanceof Error ? `${p.name}: ${p.message}` : typeof p === "string" ? p : JSON.stringify(p))).join(" ");
  return redact(text, secrets);
}

/**
 * Bolt, WebClient and the Socket Mode client log through this. Their debug output dumps raw payloads,
 * so it stays off whatever LOG_LEVEL says; every line is scrubbed of tokens and the signing secret.
 */
export function boltLogger(logger: Logger, secrets: string[]): BoltLogger {
  const log = logger.child({ component: "slack-sdk" });
  return {
    debug() {},
    info: (...msg: unknown[]) => log.info(describe(msg, secrets)),
    warn: (...msg: unknown[]) => log.warn(describe(msg, secrets)),
    error: (...msg: unknown[]) => log.error(describe(msg, secrets)),
    setLevel() {},
    getLevel: () => LogLevel.INFO,
    setName() {},
  };
}
