import { existsSync } from "node:fs";
import { z } from "zod";

const bool = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === "") return false;
    if (/^(1|true|yes|on)$/i.test(v)) return true;
    if (/^(0|false|no|off)$/i.test(v)) return false;
    ctx.addIssue({ code: "custom", message: `expected true or false, got "${v}"` });
    return z.NEVER;
  });
const optional = z
  .string()
  .optional()
  .transform((v) => (v === "" ? undefined : v));
const port = z.coerce.number().int().min(1).max(65535);

/** Every environment variable the bot reads. Nothing else reads process.env. */
export const configSchema = z.object({
  DATA_DIR: z.string().default("./data"),
  PLAN_FILE: optional,
  BOT_TIMEZONE: z
    .string()
    .default("Asia/Ho_Chi_Minh")
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "not a time zone; use an IANA name such as Asia/Ho_Chi_Minh"),
  BOT_ADMINS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  /** Unset: "info" when serving Slack or Zalo, "warn" in the terminal chat so logs do not clutter it. */
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).optional(),
  PORT: port.default(3000),
  REVIEW_REQUIRED: bool,
  HOLIDAYS_FILE: optional,
  /** Where the bot's own HTTP server is reachable from outside (https://bot.example.gov.vn); exports are served under /files/. */
  PUBLIC_URL: optional.refine((v) => v === undefined || /^https?:\/\/[^\s/]+/i.test(v), "expected an http(s) URL such as https://bot.example.gov.vn"),

  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_API_URL: optional,

  ZALO_BOT_TOKEN: optional,
  ZALO_API_URL: z.string().default("https://bot-api.zaloplatforms.com"),
  ZALO_WEBHOOK_URL: optional,
  ZALO_WEBHOOK_SECRET: optional,

  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional,
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  OPENAI_DAILY_BUDGET: z.coerce.number().int().min(0).default(500),
  OPENAI_USER_PER_MINUTE: z.coerce.number().int().min(0).default(5),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment once; a wrong variable stops start-up with its name and how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty line in .env ("SLACK_BOT_TOKEN=") means "not set", so defaults still apply.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = configSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  if (c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET) {
    throw new ConfigError("SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: set one of them.");
  }
  if (Boolean(c.ZALO_WEBHOOK_URL) !== Boolean(c.ZALO_WEBHOOK_SECRET)) {
    throw new ConfigError("ZALO_WEBHOOK_URL and ZALO_WEBHOOK_SECRET go together: set both for webhook mode, or neither for polling.");
  }
  if (c.ZALO_WEBHOOK_SECRET && (c.ZALO_WEBHOOK_SECRET.length < 8 || c.ZALO_WEBHOOK_SECRET.length > 256)) {
    throw new ConfigError("ZALO_WEBHOOK_SECRET must be 8 to 256 characters long.");
  }
  // The webhook's host already reaches this server: serve files from the same origin unless told otherwise.
  const publicUrl = c.PUBLIC_URL ?? (c.ZALO_WEBHOOK_URL ? originOf(c.ZALO_WEBHOOK_URL) : undefined);
  return { ...c, PUBLIC_URL: publicUrl?.replace(/\/+$/, "") };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Reads ./.env into the environment when there is one (variables already set win). */
export function loadDotEnv(path = ".env"): void {
  if (!existsSync(path)) return;
  const before = { ...process.env };
  process.loadEnvFile(path);
  Object.assign(process.env, before);
}
