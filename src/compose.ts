import { join } from "node:path";
import { openFileStore } from "./adapters/lowdb/file-store.js";
import { withReadOnlyReplies } from "./adapters/lowdb/read-only-replies.js";
import { withExports, type ExportDeps } from "./adapters/export/attach-files.js";
import { withTurnMarks } from "./adapters/turn-marks.js";
import { lazyFallbackFromConfig } from "./adapters/openai/lazy-fallback.js";
import { fileModelCache } from "./adapters/model-cache-file.js";
import { loadLanguage, loadPlanFile, loadSuccessions } from "./adapters/plan-file.js";
import { filePlanStorage, loadStoredPlans, plansDir } from "./adapters/plan-storage-file.js";
import { loadWorkingCalendar } from "./adapters/scheduler/holidays-file.js";
import type { Config } from "./config.js";
import type { Bot } from "./core/bot-types.js";
import { createBot } from "./core/bot.js";
import type { Language } from "./core/intents/answer.js";
import type { Plan } from "./core/plan/plan.js";
import { withSuccessions } from "./core/plan/successions.js";
import { createPlanLibrary } from "./core/plans/library.js";
import { livePlan, liveStore } from "./core/plans/live.js";
import { createPlanBot, type PlanBot } from "./core/plans/plan-bot.js";
import type { Clock } from "./ports/clock.js";
import type { Fallback } from "./ports/fallback.js";
import type { Logger } from "./ports/logger.js";
import type { PlanImporter } from "./ports/plan-importer.js";
import type { Store } from "./ports/store.js";

export interface Core {
  /** The active plan (follows an activation in chat) and the store as it sees it. */
  plan: Plan;
  language: Language;
  store: Store;
  bot: Bot;
  plans: PlanBot;
}

/** Builds the plans, language, store and bot that every entry point (chat, CLI, channels) shares. */
export async function composeCore(options: { config: Config; clock: Clock; logger: Logger; store?: Store; planFile?: string; fallback?: Fallback; importer?: PlanImporter }): Promise<Core> {
  const { config, logger } = options;
  const successions = loadSuccessions();
  const adopt = (plan: Plan) => withSuccessions(plan, successions);
  const configured = options.planFile ?? config.PLAN_FILE;
  const base = adopt(loadPlanFile(configured));
  // The embedded plan stays readable ("kế hoạch 2023: …") next to another configured one.
  const seed = configured ? [adopt(loadPlanFile())] : [];
  const stored = loadStoredPlans(plansDir(config.DATA_DIR), logger).map(adopt);
  // `--plan FILE` on the command line means that plan, whatever was activated in chat.
  const library = createPlanLibrary(base, [...seed, ...stored], { pinned: Boolean(options.planFile) });
  const language: Language = { ...loadLanguage(), modelCache: fileModelCache() };
  // A channel's turn marks its inbox entry in the same write as the bot's (see turn-marks.ts).
  const store = withTurnMarks(options.store ?? (await openFileStore({ dataDir: config.DATA_DIR, logger })));
  const calendar = await loadWorkingCalendar(config.HOLIDAYS_FILE);
  const botFor = (plan: Plan, planStore: Store): Bot => {
    const core = createBot({
      plan,
      language,
      store: planStore,
      clock: options.clock,
      logger,
      fallback: options.fallback ?? lazyFallbackFromConfig(config, { plan, language, logger, clock: options.clock }),
      config: { timezone: config.BOT_TIMEZONE, reviewRequired: config.REVIEW_REQUIRED, admins: config.BOT_ADMINS, calendar },
    });
    // Report replies ask for files; this writes them under DATA_DIR/exports and fills in the paths.
    // A read-only data directory answers questions; what would be saved gets one clear sentence instead.
    return withReadOnlyReplies(withExports(core, exportDeps({ plan, store: planStore }, config, logger)));
  };
  const plans = createPlanBot({
    library,
    store,
    clock: options.clock,
    logger,
    admins: config.BOT_ADMINS,
    storage: filePlanStorage(join(plansDir(config.DATA_DIR))),
    importer: options.importer,
    botFor,
    adopt,
  });
  return { plan: livePlan(plans.activePlan), language, store: liveStore(() => plans.storeFor(plans.activePlan())), bot: plans, plans };
}

/** Where report files go and what they are built from; shared by chat replies and digests. */
export function exportDeps(core: Pick<Core, "plan" | "store">, config: Config, logger: Logger): ExportDeps {
  return { dataDir: config.DATA_DIR, plan: core.plan, store: core.store, timezone: config.BOT_TIMEZONE, logger };
}
