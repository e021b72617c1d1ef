import type { Entities } from "../language/entities.js";
import type { Lang, Reply, ReplyBody } from "../message.js";
import type { Plan } from "../plan/plan.js";
import type { StatusLookup } from "../render/lines.js";
import { itemsOf, renderBody } from "../render/reply-text.js";

/** What a question handler gets: the plan, what the message mentions, and the time. */
export interface AskContext {
  plan: Plan;
  e: Entities;
  features: Set<string>;
  lang: Lang;
  now: Date;
  status?: StatusLookup;
  /** Lines with a target's latest reported values ("Số liệu mới nhất: 28% … — chưa đạt"). */
  targetValues?: (targetId: string) => string[];
  /**
   * Answers as another intent's handler would (with other entities when given): how one handler hands a question
   * to another without importing it, so that handlers never import one another in a circle.
   */
  answerAs: (intent: string, e: Entities) => Reply;
}

/** Answers as the handler of `intent` would, with this context's entities or the ones given. */
export const handOff = (ctx: AskContext, intent: string, e: Entities = ctx.e): Reply => ctx.answerAs(intent, e);

/** What the progress store adds to answers: task statuses and target values. */
export interface Views {
  status?: StatusLookup;
  targetValues?: (targetId: string) => string[];
}

export type AskHandler = (ctx: AskContext) => Reply;

export function reply(ctx: AskContext, intent: string, text: string, extra: Partial<Reply> = {}): Reply {
  return { intent, text, lang: ctx.lang, tasks: [], targets: [], ...extra };
}

/** Vietnamese or English, picked by the question's language. */
export const t = (ctx: { lang: Lang }, vi: string, en: string) => (ctx.lang === "en" ? en : vi);

/** A reply built as structure: its text is rendered from the body, and its items are the body's. */
export function bodyReply(ctx: { lang: Lang }, intent: string, body: ReplyBody, extra: Partial<Reply> = {}): Reply {
  return { intent, text: renderBody(body, ctx.lang), lang: ctx.lang, tasks: [], targets: [], items: itemsOf(body), body, ...extra };
}
