import { openFileStore } from "./adapters/lowdb/file-store.js";
import { withExports, type ExportDeps } from "./adapters/export/attach-files.js";
import { fallbackFromConfig } from "./adapters/openai/openai-fallback.js";
import { loadLanguage, loadPlanFile, loadSuccessions } from "./adapters/plan-file.js";
import { withSuccessions } from "./core/plan/successions.js";
import { loadWorkingCalendar } from "./adapters/scheduler/holidays-file.js";
import type { Config } from "./config.js";
import type { Bot } from "./core/bot-types.js";
import { createBot } from "./core/bot.js";
import type { Language } from "./core/intents/answer.js";
import type { Plan } from "./core/plan/plan.js";
import type { Clock } from "./ports/clock.js";
import type { Fallback } from "./ports/fallback.js";
import type { Logger } from "./ports/logger.js";
import type { Store } from "./ports/store.js";

export interface Core {
  plan: Plan;
  language: Language;
  store: Store;
  bot: Bot;
}

/** Builds the plan, language, store and bot that every entry point (chat, CLI, channels) shares. */
export async function composeCore(options: { config: Config; clock: Clock; logger: Logger; store?: Store; planFile?: string; fallback?: Fallback }): Promise<Core> {
  const plan = withSuccessions(loadPlanFile(options.planFile ?? options.config.PLAN_FILE), loadSuccessions());
  const language = loadLanguage();
  const store = options.store ?? (await openFileStore({ dataDir: options.config.DATA_DIR, logger: options.logger }));
  const core = createBot({
    plan,
    language,
    store,
    clock: options.clock,
    logger: options.logger,
    fallback: options.fallback ?? fallbackFromConfig(options.config, { plan, language, logger: options.logger, clock: options.clock }),
    config: { timezone: options.config.BOT_TIMEZONE, reviewRequired: options.config.REVIEW_REQUIRED, admins: options.config.BOT_ADMINS, calendar: await loadWorkingCalendar(options.config.HOLIDAYS_FILE) },
  });
  // Report replies ask for files; this writes them under DATA_DIR/exports and fills in the paths.
  const bot = withExports(core, exportDeps({ plan, store }, options.config, options.logger));
  return { plan, language, store, bot };
}

/** Where report files go and what they are built from; shared by chat replies and digests. */
export function exportDeps(core: Pick<Core, "plan" | "store">, config: Config, logger: Logger): ExportDeps {
  return { dataDir: config.DATA_DIR, plan: core.plan, store: core.store, timezone: config.BOT_TIMEZONE, logger };
}
