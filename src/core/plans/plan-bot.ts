import type { Clock } from "../../ports/clock.js";
import type { Logger } from "../../ports/logger.js";
import type { PlanImporter } from "../../ports/plan-importer.js";
import type { PlanStorage } from "../../ports/plan-storage.js";
import type { Store } from "../../ports/store.js";
import type { Bot } from "../bot-types.js";
import type { Message, Reply } from "../message.js";
import type { Plan } from "../plan/plan.js";
import { planCommand } from "./plan-commands.js";
import { createPlanImports, isPlanDocument } from "./plan-import.js";
import { planReference, type PlanLibrary } from "./library.js";
import { scopedStore } from "./scoped-store.js";
import { withLine } from "../render/reply-text.js";

export interface PlanBotDeps {
  library: PlanLibrary;
  /** The shared store; each plan's bot sees it through `scopedStore`. */
  store: Store;
  clock: Clock;
  logger: Logger;
  admins: readonly string[];
  storage?: PlanStorage;
  importer?: PlanImporter;
  /** One plan's bot over its own view of the store (built once per plan). */
  botFor(plan: Plan, store: Store): Bot;
  adopt(plan: Plan): Plan;
}

export interface PlanBot extends Bot {
  /** The plan questions go to now, and the store as that plan sees it (its records only). */
  activePlan(): Plan;
  storeFor(plan: Plan): Store;
}

const say = (text: string): Reply => ({ intent: "plan_import", text, lang: "vi", tasks: [], targets: [] });

/** Several plans, one bot: questions go to the active plan unless they name another by its year. */
export function createPlanBot(deps: PlanBotDeps): PlanBot {
  const { library, store } = deps;
  const bots = new Map<Plan, Bot>();
  const stores = new Map<string, Store>();
  const storeFor = (plan: Plan) => stores.get(plan.data.id) ?? stores.set(plan.data.id, scopedStore(store, plan.data.id, library.baseId)).get(plan.data.id)!;
  // Keyed by the Plan object: a re-imported plan with the same id gets a fresh bot.
  const botOf = (plan: Plan) => bots.get(plan) ?? bots.set(plan, deps.botFor(plan, storeFor(plan))).get(plan)!;
  const active = () => library.active(store.read((s) => s));
  const imports = createPlanImports({ library, store, logger: deps.logger, admins: deps.admins, storage: deps.storage, importer: deps.importer, adopt: deps.adopt });
  const keyOf = (m: Message) => `${m.channel}|${m.conversation ?? m.channel}|${m.user}`;

  async function handle(message: Message): Promise<Reply> {
    const now = message.at ?? deps.clock.now();
    const key = keyOf(message);
    // A screenshot sent with a question is not a plan: the question is answered as usual.
    const file = message.attachment;
    if (file && (file.name === undefined || isPlanDocument(file.name) || !message.text?.trim())) return imports.receive(message, key, now);
    const decided = await imports.decide(message, key, now);
    if (decided) return decided;
    const command = planCommand(message.text ?? "", { library, state: store.read((s) => s), user: message.user, admins: deps.admins });
    if (command?.activate) return imports.activate(command.activate);
    if (command) return command.reply;
    const ref = planReference(message.text ?? "");
    const current = active();
    if (!ref) return botOf(current).handle(message);
    const plan = library.ofYear(
      ref.year,
      store.read((s) => s),
    );
    if (!plan) {
      if (!ref.leading) return botOf(current).handle(message);
      const known = library
        .all()
        .map((p) => `${p.data.shortTitle} (${p.data.province})`)
        .join(", ");
      return say(`Bot không có kế hoạch năm ${ref.year}. Các kế hoạch đang có: ${known}.`);
    }
    const reply = await botOf(plan).handle({ ...message, text: ref.rest });
    if (plan === current) return reply;
    return withLine(reply, `${reply.lang === "en" ? "From" : "Theo"} ${plan.data.shortTitle} (${plan.data.province}):`, "before", "\n");
  }

  return {
    handle,
    overview: (user, at) => botOf(active()).overview(user, at),
    reportable: (user) => botOf(active()).reportable(user),
    submitReport: (user, channel, form, at) => botOf(active()).submitReport(user, channel, form, at),
    activePlan: active,
    storeFor,
  };
}
