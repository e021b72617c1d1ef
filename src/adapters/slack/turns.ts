import type { Bot } from "../../core/bot-types.js";
import type { Message, Reply } from "../../core/message.js";
import type { Clock } from "../../ports/clock.js";
import type { Logger } from "../../ports/logger.js";
import { renderReply } from "./blocks.js";
import type { DeliveryClaims } from "./dedupe.js";
import type { SlackCaller } from "./slack-calls.js";
import type { AttachmentOf } from "./file-download.js";
import type { Uploader } from "./upload.js";
import type { ThreadMemory } from "./threads.js";

export const ERROR_TEXT = "Xin lỗi, đã có lỗi khi xử lý yêu cầu của bạn. Vui lòng thử lại sau ít phút.";
export const FILES_FAILED_TEXT = "⚠ Chưa gửi được tệp đính kèm lên Slack. Vui lòng thử lại sau ít phút.";

export interface SlackDeps {
  bot: Bot;
  claims: DeliveryClaims;
  clock: Clock;
  logger: Logger;
  caller: SlackCaller;
  /** Work still running after its ack; stop() waits for it. */
  inFlight: Set<Promise<unknown>>;
  /** DM channel ids by Slack user id. */
  dms: Map<string, string>;
  /** Uploads a reply's files (exports, charts) after its text; absent, files are not sent. */
  upload?: Uploader;
  /** Files shared in a DM (a plan document), fetched only if the bot reads them; absent, files are ignored. */
  attachmentOf?: AttachmentOf;
  /** DATA_DIR: shared photos and PDFs are kept under its evidence/ folder; absent, they are not taken. */
  evidenceDir?: string;
  /** People's display names by Slack user id (users.info), asked when the bot stores one; absent, messages carry no name. */
  names?: (user: string) => Promise<string | undefined>;
  /** Threads the bot answers in; absent, kept in memory (lost on restart). */
  threads?: ThreadMemory;
}

/** Where a reply goes: a Slack channel id, and a thread when the conversation is one. */
export interface Target {
  channel: string;
  thread_ts?: string;
}

export function track<T>(deps: SlackDeps, work: Promise<T>): Promise<T> {
  deps.inFlight.add(work);
  void work.finally(() => deps.inFlight.delete(work)).catch(() => undefined);
  return work;
}

/** Renders a reply once and posts every part; each part has its own delivery key. */
export async function deliver(deps: Pick<SlackDeps, "caller"> & Partial<Pick<SlackDeps, "upload" | "logger">>, target: Target, reply: Reply, key: string, reportButton?: boolean): Promise<void> {
  const parts = renderReply(reply, reportButton === undefined ? {} : { reportButton });
  const where = target.thread_ts ? { thread_ts: target.thread_ts } : {};
  for (const [i, part] of parts.entries()) {
    await deps.caller.post({ channel: target.channel, ...where, text: part.text, blocks: part.blocks }, `${key}#${i}`);
  }
  if (!reply.files?.length || !deps.upload) return;
  await deps.upload(target, reply.files).catch(async (error: unknown) => {
    deps.logger?.warn({ err: error, code: (error as { code?: string }).code, channel: target.channel }, "slack: could not upload the reply's files");
    await deps.caller.post({ channel: target.channel, ...where, text: FILES_FAILED_TEXT }, `${key}#files`);
  });
}

/** Tells the user, only them, that their request failed; never throws. */
export async function tellError(deps: SlackDeps, target: Target, user: string, text = ERROR_TEXT): Promise<void> {
  await deps.caller
    .call("chat.postEphemeral", { channel: target.channel, user, text, ...(target.thread_ts ? { thread_ts: target.thread_ts } : {}) }, "rate-limit")
    .catch((error: unknown) => deps.logger.warn({ err: error, channel: target.channel }, "could not post the error notice"));
}

/**
 * One incoming message: claim it (dedupe, persisted before anything else), hand it to the bot,
 * render the reply once. Errors end as an ephemeral notice; nothing here throws.
 */
export async function runTurn(deps: SlackDeps, input: { message: Message; target: Target; keys: string[]; slackUser: string }): Promise<void> {
  const { message, target } = input;
  const log = deps.logger.child({ channel: message.channel, id: message.id });
  try {
    if (!(await deps.claims.claim(input.keys, deps.clock.now()))) {
      log.debug("duplicate slack delivery ignored");
      return;
    }
    // users.info is a round trip: the bot asks for the name only when it stores it (a report), not per question.
    const names = deps.names;
    const reply = await deps.bot.handle(names && message.userName === undefined ? { ...message, nameOf: () => names(input.slackUser) } : message);
    await deliver(deps, target, reply, input.keys[0] ?? message.id ?? "turn");
  } catch (error) {
    log.error({ err: error, code: (error as { code?: string }).code }, "slack turn failed");
    await tellError(deps, target, input.slackUser);
  }
}
