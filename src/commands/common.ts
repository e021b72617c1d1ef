import type { parseArgs } from "node:util";
import { createAgencyMatcher } from "../core/language/agencies.js";
import { fold } from "../core/language/normalise.js";
import type { Plan } from "../core/plan/plan.js";
import { createLogger } from "../adapters/logger.js";
import { loadConfig, loadDotEnv, type Config } from "../config.js";
import { composeCore, type Core } from "../compose.js";
import type { Reply } from "../core/message.js";
import type { Clock } from "../ports/clock.js";
import type { Logger } from "../ports/logger.js";

export const COMMON_OPTIONS = {
  json: { type: "boolean" },
  user: { type: "string" },
  channel: { type: "string" },
  now: { type: "string" },
  "data-dir": { type: "string" },
  plan: { type: "string" },
  agency: { type: "string" },
  role: { type: "string" },
  name: { type: "string" },
  cron: { type: "string" },
  "dry-run": { type: "boolean" },
  period: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  chart: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export type Args = ReturnType<typeof parseArgs<{ options: typeof COMMON_OPTIONS; allowPositionals: true; strict: false }>>;

export class UsageError extends Error {
  override name = "UsageError";
}

export function str(args: Args, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === "string" ? v : undefined;
}

/** "--now 2023-05-15T08:00" without an offset is read in BOT_TIMEZONE's offset for Việt Nam (+07:00). */
export function parseNow(value: string | undefined, fallback: Date): Date {
  if (!value) return fallback;
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : /T/.test(value) ? `${value}+07:00` : `${value}T00:00:00+07:00`;
  const at = new Date(withZone);
  if (Number.isNaN(at.getTime())) throw new UsageError(`--now: "${value}" is not a date; use ISO 8601, e.g. 2023-05-15T08:00+07:00`);
  return at;
}

export interface Session {
  config: Config;
  logger: Logger;
  clock: Clock;
  core: Core;
  close(): Promise<void>;
}

/** Config, logger and core for a one-shot command; logs stay on stderr and quiet unless LOG_LEVEL says otherwise. */
export async function openSession(args: Args, env: NodeJS.ProcessEnv = process.env): Promise<Session> {
  loadDotEnv();
  const dataDir = str(args, "data-dir");
  const config = loadConfig({ LOG_LEVEL: "warn", ...env, ...(dataDir ? { DATA_DIR: dataDir } : {}) });
  const logger = createLogger(config.LOG_LEVEL ?? "warn", false);
  const fixed = str(args, "now");
  const clock: Clock = { now: () => parseNow(fixed, new Date()) };
  const core = await composeCore({ config, clock, logger, planFile: str(args, "plan") });
  return { config, logger, clock, core, close: () => core.store.close() };
}

export function replyJson(reply: Reply, id?: unknown) {
  return { id: id ?? null, intent: reply.intent, tasks: reply.tasks, targets: reply.targets, text: reply.text };
}

/** --agency "<name or alias>" → the plan's agency id; an unknown name stops with the known ones listed. */
export function agencyOption(args: Args, plan: Plan): string | undefined {
  const name = str(args, "agency");
  if (!name) return undefined;
  const id = plan.agency(name)?.id ?? createAgencyMatcher(plan.data.agencies).match(fold(name), name).ids[0];
  // A collective ("Các sở, ban, ngành") is many agencies: a person belongs to one of them.
  if (id && plan.agency(id)?.kind === "collective") throw new UsageError(`"${plan.agencyName(id)}" is a group of agencies; give one agency, e.g. "Sở Tư pháp".`);
  if (!id)
    throw new UsageError(
      `Unknown agency "${name}". Known: ${plan.data.agencies
        .filter((a) => a.kind !== "collective")
        .map((a) => a.name)
        .join(", ")}`,
    );
  return id;
}
