import { createEntityReader, type Entities } from "../language/entities.js";
import type { Vocabulary } from "../language/vocabulary.js";
import type { Reply } from "../message.js";
import type { Plan } from "../plan/plan.js";
import { createClassifier, type Classification } from "./classify.js";
import type { AskContext, AskHandler, Views } from "./context.js";
import type { IntentDefinition } from "./definition.js";
import { featuresOf } from "./features.js";
import { agency } from "./handlers/agency.js";
import { due } from "./handlers/due.js";
import { duty } from "./handlers/duty.js";
import { help } from "./handlers/help.js";
import { notFound } from "./handlers/not-found.js";
import { planSummary } from "./handlers/plan-summary.js";
import { passage } from "./handlers/passage.js";
import { section } from "./handlers/section.js";
import { target } from "./handlers/target.js";
import { task } from "./handlers/task.js";
import { topic } from "./handlers/topic.js";
import { unknown } from "./handlers/unknown.js";

/** The language resources, loaded from intents/ by an adapter. */
export interface Language {
  vocabulary: Vocabulary;
  intents: IntentDefinition[];
}

export interface Understanding {
  entities: Entities;
  classification: Classification;
}

export interface Answerer {
  understand(text: string, nowMonth: number): Understanding;
  /** Answers a question-type intent; `intent` may come from the rules or from the fallback. */
  answer(u: Understanding, now: Date, views?: Views, intent?: string): Reply;
  readonly handlers: Readonly<Record<string, AskHandler>>;
  readonly intents: readonly IntentDefinition[];
}

// "more" is answered by the paging layer (src/core/paging) from the store; this only names it.
const more: AskHandler = (ctx) => ({ intent: "more", text: "", lang: ctx.lang, tasks: [], targets: [] });
const HANDLERS: Record<string, AskHandler> = { plan_summary: planSummary, help, not_found: notFound, task, due, agency, target, topic, duty, section, passage, unknown, more };

export function createAnswerer(plan: Plan, language: Language, extra: Record<string, AskHandler> = {}): Answerer {
  const reader = createEntityReader(plan, language.vocabulary);
  const classifier = createClassifier(language.intents);
  const handlers = { ...HANDLERS, ...extra };
  return {
    handlers,
    intents: classifier.intents,
    understand(text, nowMonth) {
      const entities = reader.read(text, nowMonth);
      // The body's passages are searched only when no intent places the message without them.
      const first = classifier.classify(featuresOf(entities, false));
      return { entities, classification: first.intent === "unknown" ? classifier.classify(featuresOf(entities)) : first };
    },
    answer(u, now, views = {}, intent = u.classification.intent) {
      const ctx: AskContext = { plan, e: u.entities, features: u.classification.features, lang: u.entities.lang, now, ...views };
      const handler = handlers[intent] ?? unknown;
      return handler(ctx);
    },
  };
}
