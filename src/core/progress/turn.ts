import type { BotConfig } from "../bot-types.js";
import type { Entities } from "../language/entities.js";
import type { Lang, Message, Reply } from "../message.js";
import type { Plan } from "../plan/plan.js";
import type { State } from "../state.js";
import type { Store } from "../../ports/store.js";
import type { StatusWords } from "./parse-report.js";

/** What a progress handler gets for one message. Handlers return a Reply; the only side effect is one store write. */
export interface Turn {
  plan: Plan;
  store: Store;
  config: BotConfig;
  message: Message;
  e: Entities;
  lang: Lang;
  now: Date;
  words: StatusWords;
  /** The conversation key pending questions are kept under. */
  key: string;
}

export const tt = (turn: { lang: Lang }, vi: string, en: string) => (turn.lang === "en" ? en : vi);

export function answer(turn: Turn, intent: string, text: string, extra: Partial<Reply> = {}): Reply {
  return { intent, text, lang: turn.lang, tasks: [], targets: [], ...extra };
}

/** The roster name, else the name the platform gave (`given`), else the id without its platform ("slack:U123" → "U123"). */
export function personName(state: Readonly<State>, user: string, given?: string): string {
  return state.roster.find((r) => r.user === user)?.name ?? (given?.trim() || user.replace(/^[a-z]+:/, ""));
}

/** Keeps the platform's display name in the roster entry that has none, so digests and lists can show it. */
export function rememberName(draft: State, user: string, given: string | undefined): void {
  const entry = draft.roster.find((r) => r.user === user);
  if (entry && !entry.name && given?.trim()) entry.name = given.trim();
}

export function vnDateTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("vi-VN", { timeZone, hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric", hourCycle: "h23" }).format(new Date(iso));
  return parts.replace(",", "");
}
