import { createMemoryStore } from "../../src/adapters/memory/memory-store.js";
import { loadLanguage, loadPlanFile, loadSuccessions } from "../../src/adapters/plan-file.js";
import { withSuccessions } from "../../src/core/plan/successions.js";
import { createBot, type BotConfig } from "../../src/core/bot.js";
import { applyRoster } from "../../src/core/progress/roster-admin.js";
import { emptyState, type Role } from "../../src/core/state.js";
import type { Message } from "../../src/core/message.js";
import type { Clock } from "../../src/ports/clock.js";
import type { Fallback } from "../../src/ports/fallback.js";
import { silentLogger } from "../../src/ports/logger.js";
import type { Store } from "../../src/ports/store.js";

export const plan = withSuccessions(loadPlanFile(), loadSuccessions());
export const language = loadLanguage();

/** A fixed clock that tests can move. */
export function fixedClock(iso = "2023-05-15T08:00:00+07:00"): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => now, set: (next) => (now = new Date(next)) };
}

/** The real bot on the real plan, with an in-memory store. */
export function testBot(options: { store?: Store; clock?: Clock; config?: Partial<BotConfig>; fallback?: Fallback } = {}) {
  const store = options.store ?? createMemoryStore();
  const clock = options.clock ?? fixedClock();
  const bot = createBot({
    plan,
    language,
    store,
    clock,
    logger: silentLogger,
    fallback: options.fallback,
    config: { timezone: "Asia/Ho_Chi_Minh", reviewRequired: false, admins: [], ...options.config },
  });
  const ask = (text: string, user = "console:tester", extra: Partial<Message> = {}) => bot.handle({ channel: "console:test", user, text, at: clock.now(), ...extra });
  return { bot, store, clock, ask };
}

/** The real bot with people already on the roster: [user, agency id, role?]. */
export function rosteredBot(people: [string, string | undefined, Role?][], options: { at?: string; config?: Partial<BotConfig> } = {}) {
  const state = emptyState();
  const added = new Date("2023-01-02T00:00:00Z");
  for (const [user, agency, role] of people) applyRoster(state, plan, { user, agency, role }, added);
  const clock = fixedClock(options.at ?? "2023-03-20T09:00:00+07:00");
  const store = createMemoryStore(state);
  return { ...testBot({ store, clock, config: options.config }), clock, store };
}
