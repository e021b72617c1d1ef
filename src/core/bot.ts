import type { Clock } from "../ports/clock.js";
import type { Logger } from "../ports/logger.js";
import type { Store } from "../ports/store.js";
import type { Bot } from "./bot-types.js";
import { createAnswerer, type Language } from "./intents/answer.js";
import { hasWords, sanitise } from "./language/normalise.js";
import type { Message, Reply } from "./message.js";
import type { Plan } from "./plan/plan.js";
import { localParts } from "./time.js";

export interface BotConfig {
  timezone: string;
  reviewRequired: boolean;
  admins: string[];
}

export interface BotDeps {
  plan: Plan;
  language: Language;
  store: Store;
  clock: Clock;
  logger: Logger;
  config: BotConfig;
}

/** Messages longer than this are not read: nobody asks a question in more than a few lines. */
export const MAX_MESSAGE_CHARS = 4000;

function refusal(text: string, lang: "vi" | "en" = "vi"): Reply {
  return { intent: "unknown", text, lang, tasks: [], targets: [] };
}

export function createBot(deps: BotDeps): Bot {
  const { plan, config } = deps;
  const answerer = createAnswerer(plan, deps.language);

  async function handle(message: Message): Promise<Reply> {
    const raw = message.text ?? "";
    if (raw.length > MAX_MESSAGE_CHARS) {
      return refusal(`Tin nhắn quá dài (${raw.length.toLocaleString("vi-VN")} ký tự). Xin hỏi ngắn gọn trong vài dòng, ví dụ «Ai chủ trì nhiệm vụ 13?».`);
    }
    const text = sanitise(raw).trim();
    if (!text || !hasWords(text)) {
      return refusal("Tôi chưa nhận được câu hỏi nào. Bạn thử hỏi «Quý II có những nhiệm vụ nào?» hoặc gõ «help».");
    }
    const now = message.at ?? deps.clock.now();
    const u = answerer.understand(text, localParts(now, config.timezone).month);
    return answerer.answer(u, now);
  }

  return {
    handle,
    overview: () => refusal("Chưa có dữ liệu tổng quan."),
    reportable: () => [],
    submitReport: async () => refusal("Chưa hỗ trợ báo cáo."),
  };
}
