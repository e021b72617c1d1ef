import { randomUUID } from "node:crypto";
import type { Bot } from "../../core/bot-types.js";
import type { EvidenceFile, Message } from "../../core/message.js";
import { EVIDENCE_TEXTS } from "../evidence/save-evidence.js";
import { CAN_TAKE, photoEvidence } from "./inbound-media.js";
import { groupWarning } from "./group-check.js";
import type { State } from "../../core/state.js";
import type { Clock } from "../../ports/clock.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";
import { duringTurn } from "../turn-marks.js";
import { ZaloError } from "./errors.js";
import type { ChoiceMemory } from "./render.js";
import type { Sender } from "./sender.js";
import { groupMention, isGroup, messageDate, parseUpdates, senderName, updateKey, type ZaloUpdate } from "./updates.js";

export const ZALO_TEXTS = {
  image: EVIDENCE_TEXTS.download_failed,
  sticker: `Cảm ơn anh/chị! ${CAN_TAKE}`,
  other: CAN_TAKE,
  unsupported: "Xin lỗi, mình không xem được nội dung tin nhắn này (có thể do cài đặt riêng tư của tài khoản). Anh/chị vui lòng gửi lại bằng chữ nhé.",
  failure: "Xin lỗi, đã có lỗi khi xử lý tin nhắn. Anh/chị vui lòng thử lại sau ít phút.",
  interrupted:
    "Bot vừa khởi động lại đúng lúc đang trả lời tin nhắn trước của anh/chị, nên câu trả lời bị mất. Tin nhắn đó đã được xử lý: anh/chị vui lòng hỏi lại tiến độ (ví dụ «tiến độ nhiệm vụ 11») để kiểm tra, đừng gửi lại báo cáo kẻo bị ghi hai lần.",
} as const;

const INBOX_CHANNEL = "zalo";

export type InboxEntry = State["inbox"][number];

export interface InboundDeps {
  bot: Bot;
  store: Store;
  clock: Clock;
  logger: Logger;
  sender: Sender;
  choices: ChoiceMemory;
  me: () => { id?: string; name?: string; canJoinGroups?: boolean };
  typing: boolean;
  seenTtlMs: number;
  /** Photos are kept under DATA_DIR/evidence/. */
  dataDir: string;
}

export interface Inbound {
  /** Records the update (seen key and inbox entry) in one store write; undefined for a repeat. */
  accept(update: ZaloUpdate): Promise<InboxEntry | undefined>;
  /** Handles a stored update, replies, and removes it from the inbox (kept only when the channel stops mid-way). */
  process(entry: InboxEntry): Promise<void>;
  /** Entries a previous run stored but did not finish. */
  leftovers(): InboxEntry[];
}

export function chatOf(entry: InboxEntry): string {
  return parseUpdates(entry.payload)[0]?.message?.chat.id ?? entry.key;
}

export function createInbound(deps: InboundDeps): Inbound {
  const { store, sender, logger } = deps;

  type Outgoing = NonNullable<InboxEntry["reply"]>;

  /** The answer to one update, or undefined when it needs none (the bot's own message, an event we ignore). */
  async function answer(update: ZaloUpdate, receivedAt: Date): Promise<Outgoing | undefined> {
    const message = update.message;
    if (!message) return;
    const me = deps.me();
    if (me.id && message.from.id === me.id) return;
    const chatId = message.chat.id;
    let text: string | undefined;
    let canned: string | undefined;
    let photo = false;
    switch (update.event_name) {
      case "message.text.received":
        text = message.text;
        break;
      case "message.image.received":
        text = message.caption;
        photo = true;
        break;
      case "message.sticker.received":
        canned = ZALO_TEXTS.sticker;
        break;
      case "message.unsupported.received":
        canned = ZALO_TEXTS.unsupported;
        break;
      default:
        // Voice, link cards, files and whatever Zalo adds next: say once what the bot can take.
        if (!/^message\.[a-z_]+\.received$/.test(update.event_name)) return void logger.debug({ event: update.event_name }, "zalo event ignored");
        canned = ZALO_TEXTS.other;
    }
    if (isGroup(message)) {
      const mention = groupMention({ ...message, text: text ?? "" }, me);
      if (!mention.addressed) return;
      text = mention.text;
    }
    if (canned) return { text: canned };
    let attachments: EvidenceFile[] | undefined;
    if (photo) {
      const media = await photoEvidence(message, { dataDir: deps.dataDir, logger });
      if ("problem" in media) return { text: media.problem };
      attachments = media.files;
    }
    text = text?.trim() ?? "";
    if (!text && !attachments) return;
    const msg: Message = {
      channel: `zalo:${chatId}`,
      conversation: chatId,
      user: `zalo:${message.from.id}`,
      userName: senderName(message),
      text: deps.choices.resolve(chatId, text) ?? text,
      at: messageDate(message, receivedAt),
      id: message.message_id,
      ...(attachments ? { attachments } : {}),
    };
    if (deps.typing) sender.typing(chatId);
    try {
      const full = await deps.bot.handle(msg);
      const reply: Outgoing = { text: full.text };
      if (full.choices?.length) reply.choices = full.choices;
      if (full.files?.length) reply.files = full.files;
      if (full.intent === "channel" && isGroup(message) && me.canJoinGroups === false) reply.text = `${full.text}\n${groupWarning(msg.channel)}`;
      return reply;
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error), chatId }, "bot failed on a zalo message");
      return { text: ZALO_TEXTS.failure };
    }
  }

  const entryOf = (draft: State, key: string) => draft.inbox.find((e) => e.key === key && e.channel === INBOX_CHANNEL);

  /**
   * Handles the update once: the bot's writes mark the entry handled in the same write, and the answer is
   * stored before it is sent. After a crash, a stored answer is sent again and a handled entry is never re-run.
   */
  async function outgoing(entry: InboxEntry, update: ZaloUpdate): Promise<Outgoing | undefined> {
    if (entry.reply) return entry.reply;
    if (entry.handled) {
      logger.warn({ key: entry.key }, "zalo update was handled before a restart but its answer was lost; telling the user");
      return { text: ZALO_TEXTS.interrupted };
    }
    const markHandled = (draft: State) => {
      const stored = entryOf(draft, entry.key);
      if (stored) stored.handled = true;
    };
    // Receipt is when the update was stored, not now: after a restart, now can be much later.
    const received = new Date(entry.at);
    const reply = await duringTurn(markHandled, () => answer(update, Number.isNaN(received.getTime()) ? deps.clock.now() : received));
    if (reply) {
      await store.update((draft) => {
        const stored = entryOf(draft, entry.key);
        if (stored) Object.assign(stored, { handled: true, reply });
      });
    }
    return reply;
  }

  return {
    async accept(update) {
      const seenKey = updateKey(update);
      const now = deps.clock.now();
      const cutoff = now.getTime() - deps.seenTtlMs;
      return store.update((draft) => {
        // Drop expired keys from the front in place (they are oldest first): replacing the whole array would
        // write every key to the journal on every message.
        let expired = 0;
        while (expired < draft.seen.length && Date.parse(draft.seen[expired]!.at) < cutoff) expired++;
        if (expired) draft.seen.splice(0, expired);
        if (seenKey && draft.seen.some((s) => s.key === seenKey)) return undefined;
        if (seenKey) draft.seen.push({ key: seenKey, at: now.toISOString() });
        const entry: InboxEntry = { key: seenKey ?? `zalo:nokey:${randomUUID()}`, channel: INBOX_CHANNEL, payload: update, at: now.toISOString() };
        draft.inbox.push(entry);
        return entry;
      });
    },
    async process(entry) {
      let keep = false;
      try {
        const update = parseUpdates(entry.payload)[0];
        const reply = update && (await outgoing(entry, update));
        if (reply && update.message) await sender.sendReply(update.message.chat.id, reply);
      } catch (error) {
        // Kept for the next start: the channel stopped (shutdown, or a token to fix) before the reply went out.
        keep = error instanceof ZaloError && (error.code === "zalo_stopped" || error.code === "zalo_unauthorized");
        if (!keep) logger.error({ err: error instanceof Error ? error.message : String(error), key: entry.key }, "zalo update not answered");
      } finally {
        if (!keep) await store.update((draft) => void (draft.inbox = draft.inbox.filter((e) => e.key !== entry.key)));
      }
    },
    leftovers() {
      return store.read((state) => state.inbox.filter((e) => e.channel === INBOX_CHANNEL).map((e) => ({ ...e })));
    },
  };
}
