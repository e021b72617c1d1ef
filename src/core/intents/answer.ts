import { createEntityReader, type Entities, type EntityReader } from "../language/entities.js";
import type { Vocabulary } from "../language/vocabulary.js";
import type { Reply } from "../message.js";
import type { Plan } from "../plan/plan.js";
import type { ModelCache } from "../../ports/model-cache.js";
import { createClassifier, type Classification, type Classifier } from "./classify.js";
import { reply, t, type AskContext, type AskHandler, type Views } from "./context.js";
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
import { smalltalk } from "./handlers/smalltalk.js";
import { unknown } from "./handlers/unknown.js";

/** The language resources, loaded from intents/ by an adapter. */
export interface Language {
  vocabulary: Vocabulary;
  intents: IntentDefinition[];
  /** Where trained models are kept between starts (none: train on every start). */
  modelCache?: ModelCache;
}

export interface Understanding {
  entities: Entities;
  classification: Classification;
}

export interface Answerer {
  understand(text: string, nowMonth: number): Understanding;
  /** Answers a question-type intent; `intent` may come from the rules or from the fallback. */
  answer(u: Understanding, now: Date, views?: Views, intent?: string): Reply;
  /** One short question when the classifier cannot tell two readings apart; undefined when it can. */
  clarify(u: Understanding, now: Date): Reply | undefined;
  readonly handlers: Readonly<Record<string, AskHandler>>;
  readonly intents: readonly IntentDefinition[];
}

/** Intents that may be answered from the plan's body, or not at all: they need the body search's evidence. */
const FROM_BODY = new Set(["unknown", "passage", "section", "duty", "help", "plan_summary"]);

// "more" is answered by the paging layer (src/core/paging) from the store; this only names it.
const more: AskHandler = (ctx) => ({ intent: "more", text: "", lang: ctx.lang, tasks: [], targets: [] });
const HANDLERS: Record<string, AskHandler> = { plan_summary: planSummary, help, not_found: notFound, task, due, agency, target, topic, duty, section, passage, smalltalk, unknown, more };

// Training reads every example against the plan: done once per plan and language, however many bots.
const trained = new WeakMap<Plan, WeakMap<Language, Classifier>>();
// Examples are read as if asked in May: a month in the middle of the year, so "quý này" is a period.
const TRAINING_MONTH = 5;

// Everything training reads; Maps and Sets (the plan's indexes) are written out as lists.
function trainingKey(plan: Plan, language: Language): string {
  const plain = (_: string, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v);
  return JSON.stringify([TRAINING_MONTH, language.intents, language.vocabulary, plan], plain);
}

function classifierFor(plan: Plan, language: Language, reader: EntityReader): Classifier {
  const byLanguage = trained.get(plan) ?? new WeakMap<Language, Classifier>();
  trained.set(plan, byLanguage);
  let classifier = byLanguage.get(language);
  if (!classifier) {
    const read = (text: string) => {
      const e = reader.read(text, TRAINING_MONTH);
      return { e, evidence: featuresOf(e) };
    };
    const cache = language.modelCache && { store: language.modelCache, key: trainingKey(plan, language) };
    classifier = createClassifier(language.intents, read, cache);
    byLanguage.set(language, classifier);
  }
  return classifier;
}

/** Below this probability the bot asks rather than guesses (a confident wrong answer is worse than a question). */
const CLARIFY_BELOW = 0.3;
const NEVER_ASKED = new Set(["unknown", "smalltalk", "help", "more"]);

function clarifying(ctx: AskContext, c: Classification, intents: readonly IntentDefinition[]): Reply | undefined {
  if (c.score >= CLARIFY_BELOW || NEVER_ASKED.has(c.intent) || !c.second || NEVER_ASKED.has(c.second)) return undefined;
  const [a, b] = [c.intent, c.second].map((id) => intents.find((i) => i.id === id)?.ask ?? id);
  return reply(
    ctx,
    "clarify",
    t(
      ctx,
      `Bạn muốn hỏi về ${a} hay ${b}? Bạn nói rõ hơn giúp tôi, ví dụ kèm số nhiệm vụ, tên cơ quan hoặc thời gian.`,
      `Do you mean ${a} or ${b}? Please say a bit more, e.g. a task number, an agency or a period.`,
    ),
  );
}

export function createAnswerer(plan: Plan, language: Language, extra: Record<string, AskHandler> = {}): Answerer {
  const reader = createEntityReader(plan, language.vocabulary);
  const classifier = classifierFor(plan, language, reader);
  const handlers = { ...HANDLERS, ...extra };
  // The handlers hand a question to one another through the context, never by importing each other.
  const contextOf = (u: Understanding, now: Date, views: Views = {}): AskContext => {
    const ctx: AskContext = { plan, e: u.entities, features: u.classification.features, lang: u.entities.lang, now, ...views, answerAs: (other, e) => (handlers[other] ?? unknown)({ ...ctx, e }) };
    return ctx;
  };
  return {
    handlers,
    intents: classifier.intents,
    understand(text, nowMonth) {
      const entities = reader.read(text, nowMonth);
      // The body search is the costliest step: run it only when the answer may come from the body.
      const quick = classifier.classify(entities, featuresOf(entities, false));
      const body = !quick.confident || FROM_BODY.has(quick.intent);
      return { entities, classification: body ? classifier.classify(entities, featuresOf(entities)) : quick };
    },
    answer(u, now, views = {}, intent = u.classification.intent) {
      const ctx = contextOf(u, now, views);
      if (intent === u.classification.intent) {
        const asked = clarifying(ctx, u.classification, classifier.intents);
        if (asked) return asked;
      }
      const handler = handlers[intent] ?? unknown;
      return handler(ctx);
    },
    clarify(u, now) {
      return clarifying(contextOf(u, now), u.classification, classifier.intents);
    },
  };
}
