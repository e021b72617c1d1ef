import type { Clock } from "../ports/clock.js";
import type { Fallback } from "../ports/fallback.js";
import type { Logger } from "../ports/logger.js";
import type { Store } from "../ports/store.js";
import type { Bot, BotConfig, ReportForm } from "./bot-types.js";
import { createAnswerer, type Language, type Understanding } from "./intents/answer.js";
import { hasWords, sanitise } from "./language/normalise.js";
import type { Message, Reply } from "./message.js";
import type { Plan } from "./plan/plan.js";
import { activePending, clearPending } from "./progress/pending.js";
import { overview } from "./progress/overview.js";
import { progress, statusLookup, targetValueLines } from "./progress/questions.js";
import { taskStatuses } from "./progress/records.js";
import { readEvidence } from "./progress/parse-report.js";
import { report } from "./progress/report.js";
import { review } from "./progress/review.js";
import { rosterChat } from "./progress/roster-admin.js";
import { isAdmin, reportableTasks, rosterEntry } from "./progress/roster.js";
import type { Turn } from "./progress/turn.js";
import { undo } from "./progress/undo.js";
import { attachEvidence } from "./progress/evidence-files.js";
import { readsAsList, statusFilterOfTurn, statusList } from "./progress/status-list.js";
import { reportExport } from "./reports/chat.js";
import { channelChat, remindPreview } from "./reminders/chat.js";
import { taskItem } from "./render/lines.js";
import { localParts } from "./time.js";
import { mergeProposal, proposalFits } from "./intents/proposal.js";
import { withPaging } from "./paging/paged-bot.js";

export type { BotConfig } from "./bot-types.js";

export interface BotDeps {
  plan: Plan;
  language: Language;
  store: Store;
  clock: Clock;
  logger: Logger;
  config: BotConfig;
  /** Optional: a model asked about messages the rules cannot place (intent unknown). */
  fallback?: Fallback;
}

const LOW_CONFIDENCE = new Set(["unknown", "passage"]);

/** Messages longer than this are not read: nobody asks a question in more than a few lines. */
export const MAX_MESSAGE_CHARS = 4000;

const ACTIONS: Record<string, (turn: Turn) => Promise<Reply> | Reply> = {
  progress_update: report,
  undo,
  review,
  roster: rosterChat,
  progress,
  report_export: reportExport,
  channel: channelChat,
  remind_preview: remindPreview,
  evidence: attachEvidence,
};

function refusal(text: string): Reply {
  return { intent: "unknown", text, lang: "vi", tasks: [], targets: [] };
}

/** A reply to "Nhiệm vụ nào?" may be just "11", "nhiệm vụ 11" or "hoàn thành 60%". */
function continuesPending(u: Understanding): boolean {
  const { intent } = u.classification;
  const e = u.entities;
  if (e.question && intent !== "progress_update") return false;
  return intent === "progress_update" || intent === "unknown" || (intent === "task" && e.tasks.length > 0) || Boolean(e.status) || e.evidence;
}

/** Pending questions belong to one person in one conversation. */
const conversationKey = (m: Message) => `${m.channel}|${m.conversation ?? m.channel}|${m.user}`;

export function createBot(deps: BotDeps): Bot {
  const { plan, config, store } = deps;
  const answerer = createAnswerer(plan, deps.language);
  const words = deps.language.vocabulary.statuses;

  function turnFor(message: Message, u: Understanding, now: Date): Turn {
    return { plan, store, config, message, e: u.entities, lang: u.entities.lang, now, words, key: conversationKey(message) };
  }

  async function handle(message: Message): Promise<Reply> {
    const raw = message.text ?? "";
    if (raw.length > MAX_MESSAGE_CHARS) {
      return refusal(`Tin nhắn quá dài (${raw.length.toLocaleString("vi-VN")} ký tự). Xin hỏi ngắn gọn trong vài dòng, ví dụ «Ai chủ trì nhiệm vụ 13?».`);
    }
    const text = sanitise(raw).trim();
    const hasFiles = Boolean(message.attachments?.length);
    if (!hasFiles && (!text || !hasWords(text))) {
      return refusal("Tôi chưa nhận được câu hỏi nào. Bạn thử hỏi «Quý II có những nhiệm vụ nào?» hoặc gõ «help».");
    }
    const now = message.at ?? deps.clock.now();
    let u = answerer.understand(text, localParts(now, config.timezone).month);
    const key = conversationKey(message);
    const state = store.read((s) => s);
    const pending = activePending(state, key, now);
    // Only what the rules cannot place, or place only by the catch-all passage search, goes to a model,
    // and never an answer to a question the bot asked ("11" after "Nhiệm vụ nào?").
    const unsure = LOW_CONFIDENCE.has(u.classification.intent);
    if (unsure && deps.fallback && !pending && !hasFiles) u = await withFallback(u, message.user);
    let turn = turnFor({ ...message, text }, u, now);
    const guessed = pending && continuesPending(u) ? pending.intent : u.classification.intent;
    const intent = (!pending || guessed !== pending.intent) && readsAsList(turn, guessed) ? "status_list" : guessed;
    const writes = (id: string) => Boolean(answerer.intents.find((i) => i.id === id)?.writes);
    // Anything else ends the question the bot was waiting on, so it never captures a later message; only
    // a stored report's "which document?" waits through a question ("hạn nhiệm vụ 11 là khi nào?") until it expires.
    const keeps = pending?.missing.includes("evidence") && !writes(intent);
    if (pending && intent !== pending.intent && !keeps) await store.update((d) => clearPending(d, turn.key, now));
    // Only a turn that may store the person's name asks the platform for it.
    if (hasFiles || writes(intent)) turn = await withName(turn);
    // A photo or PDF with words that are no report ("ảnh quyết định") is evidence for the task they name.
    if (hasFiles && intent !== "progress_update") return attachEvidence(turn);
    // A list by status the words do not pin down ("quý 2 cần hoàn thành gì") is a due or progress question.
    if (intent === "status_list") {
      const filter = statusFilterOfTurn(turn);
      if (filter) return statusList(turn, filter);
      if (turn.e.period) return answerer.answer(u, now, { status: statusLookup(turn, state, taskStatuses(state)) }, "due");
      return progress(turn);
    }
    const action = ACTIONS[intent];
    // A message that would change data is acted on only when it clearly reads as that.
    const asked = action && !pending && intent === u.classification.intent ? answerer.clarify(u, now) : undefined;
    if (asked) return asked;
    if (action) return action(turn);
    return answerer.answer(u, now, { status: statusLookup(turn, state, taskStatuses(state)), targetValues: targetValueLines(turn, state) });
  }

  async function withName(turn: Turn): Promise<Turn> {
    const { message } = turn;
    if (message.userName !== undefined || !message.nameOf) return turn;
    const userName = await message.nameOf().catch(() => undefined);
    return userName ? { ...turn, message: { ...message, userName } } : turn;
  }

  /** The model's proposal, kept only where it names real plan ids and a known intent. */
  async function withFallback(u: Understanding, user: string): Promise<Understanding> {
    const proposal = await deps.fallback!.interpret({ text: u.entities.text, user, lang: u.entities.lang }).catch(() => null);
    const intent = answerer.intents.find((i) => i.id === proposal?.intent);
    // A model never picks an intent that writes data, whatever it is told.
    if (!proposal || !intent || intent.writes) return u;
    const e = mergeProposal(u.entities, proposal, plan);
    if (!proposalFits(intent, e)) {
      deps.logger.info({ intent: proposal.intent }, "fallback proposal lacks what its intent needs; not taken");
      return u;
    }
    deps.logger.info({ intent: proposal.intent }, "fallback understood a message");
    return { entities: e, classification: { ...u.classification, intent: proposal.intent, score: 1, confident: true } };
  }

  return withPaging(
    {
      handle,
      overview: (user, at) =>
        overview(
          plan,
          store.read((s) => s),
          user,
          at,
          config,
        ),
      reportable(user) {
        const state = store.read((s) => s);
        const lookup = statusLookup({ lang: "vi", config, plan }, state, taskStatuses(state));
        return reportableTasks(plan, rosterEntry(state, user), isAdmin(state, user, config.admins)).map((t) => taskItem(plan, t, "vi", lookup));
      },
      async submitReport(user, channel, form: ReportForm, at) {
        const text = `nhiệm vụ ${form.task}: ${form.status}${form.percent !== undefined ? ` ${form.percent}%` : ""}${form.note ? ` — ${form.note}` : ""}${form.evidence ? ` (${form.evidence})` : ""}`;
        const u = answerer.understand(text, localParts(at, config.timezone).month);
        const turn = turnFor({ channel, user, text, at }, u, at);
        const { evidence, badDate } = form.evidence ? readEvidence(form.evidence, localParts(at, config.timezone).year) : {};
        if (badDate) return { intent: "clarify", text: `Ngày «${badDate}» trong ô văn bản không hợp lệ (ngày/tháng/năm).`, lang: "vi", tasks: [form.task], targets: [] };
        const note = form.note?.trim() || undefined;
        return report(turn, {
          tasks: [form.task],
          status: form.status,
          percent: form.percent,
          reason: form.status === "blocked" ? note : undefined,
          note,
          evidence,
          ...(form.files?.length ? { files: form.files } : {}),
        });
      },
    },
    { store, clock: deps.clock, intents: deps.language.intents },
  );
}
