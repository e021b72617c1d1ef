import { readFileSync } from "node:fs";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { loadPlanFile, loadSuccessions } from "../../../src/adapters/plan-file.js";
import { createBot } from "../../../src/core/bot.js";
import type { Message } from "../../../src/core/message.js";
import type { Plan } from "../../../src/core/plan/plan.js";
import type { PlanData } from "../../../src/core/plan/schema.js";
import { withSuccessions } from "../../../src/core/plan/successions.js";
import { createPlanLibrary } from "../../../src/core/plans/library.js";
import { createPlanBot } from "../../../src/core/plans/plan-bot.js";
import { applyRoster } from "../../../src/core/progress/roster-admin.js";
import { emptyState, type State } from "../../../src/core/state.js";
import { silentLogger } from "../../../src/ports/logger.js";
import type { ImportResult, PlanImporter } from "../../../src/ports/plan-importer.js";
import type { PlanStorage } from "../../../src/ports/plan-storage.js";
import type { Store } from "../../../src/ports/store.js";
import { fixedClock, language } from "../../helpers/bot.js";

export const PLAN_2026_FILE = new URL("../../fixtures/plans/plan-2026-gia-lai.json", import.meta.url).pathname;
export const plan2026Json = (): PlanData => JSON.parse(readFileSync(PLAN_2026_FILE, "utf8")) as PlanData;

/** A working importer over canned results, recording what it was given. */
export function fakeImporter(
  result: ImportResult = {
    plan: plan2026Json(),
    summary: { tasks: 9, subtasks: 0, targets: 0, sections: 3 },
    issues: [{ where: "Phụ lục, dòng 4", field: "thời gian", text: "Theo tiến độ dự án", problem: "không xác định được hạn" }],
  },
) {
  const seen: { name: string; bytes: string }[] = [];
  const importer: PlanImporter = {
    async importPlanDocument(bytes, fileName) {
      seen.push({ name: fileName, bytes: bytes.toString("utf8") });
      return structuredClone(result);
    },
  };
  return { importer, seen };
}

/** In-memory plan storage (the file one is tested with the Slack upload). */
export function memoryPlanStorage() {
  const saved: PlanData[] = [];
  const storage: PlanStorage = { save: async (data) => void saved.push(data) };
  return { storage, saved };
}

export const ADMIN = "slack:UADMIN";

/** The multi-plan bot over the seed plan, a memory store, and the given state. */
export function plansBot(options: { state?: State; importer?: PlanImporter; others?: Plan[]; at?: string; store?: Store; storage?: PlanStorage } = {}) {
  const successions = loadSuccessions();
  const adopt = (p: Plan) => withSuccessions(p, successions);
  const seed = adopt(loadPlanFile());
  const state = options.state ?? emptyState();
  applyRoster(state, seed, { user: "slack:UTP", agency: "so-tu-phap" }, new Date("2023-01-02T00:00:00Z"));
  // Sở Thông tin và Truyền thông is not an agency of the 2026 plan: activating it says so.
  applyRoster(state, seed, { user: "slack:UTT", agency: "so-tttt" }, new Date("2023-01-02T00:00:00Z"));
  const store = options.store ?? createMemoryStore(state);
  const clock = fixedClock(options.at ?? "2026-03-20T09:00:00+07:00");
  const memory = memoryPlanStorage();
  const storage = options.storage ?? memory.storage;
  const saved = memory.saved;
  const library = createPlanLibrary(seed, (options.others ?? []).map(adopt));
  const bot = createPlanBot({
    library,
    store,
    clock,
    logger: silentLogger,
    admins: [ADMIN],
    storage,
    importer: options.importer,
    adopt,
    botFor: (plan, planStore) => createBot({ plan, language, store: planStore, clock, logger: silentLogger, config: { timezone: "Asia/Ho_Chi_Minh", reviewRequired: false, admins: [ADMIN] } }),
  });
  const ask = (text: string, user = ADMIN, extra: Partial<Message> = {}) => bot.handle({ channel: "slack:D1", user, text, at: clock.now(), ...extra });
  const file = (name: string, content: string | Buffer = "nội dung", user = ADMIN) => {
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
    return ask("", user, { attachment: { name, size: bytes.length, download: async () => ({ name, bytes }) } });
  };
  return { bot, store, clock, ask, file, saved, library };
}
