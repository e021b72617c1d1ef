import type { Reply } from "../../core/message.js";
import { exportCommand } from "../../core/reports/chat.js";
import type { Logger } from "../../ports/logger.js";
import type { PublicFiles } from "../http/public-files.js";
import type { ZaloApi } from "./api.js";
import { ZaloError } from "./errors.js";
import type { Sender } from "./sender.js";
import type { Throttle } from "./throttle.js";

/** A reply as the Zalo channel sends it: text, numbered choices and the files it carries. */
export type ZaloReply = Pick<Reply, "text" | "choices"> & { files?: Reply["files"] };

type File = NonNullable<Reply["files"]>[number];

// The core's summary names its files as attachments; on Zalo they are links, photos or not sent at all.
const CLAIM = /^📎\s*Đính kèm:.*$/gmu;

/** The reply's text without claims of attachments, and with what the user can do to get each file. */
export function filesText(reply: ZaloReply, links: Map<File, string> | undefined): string {
  const files = (reply.files ?? []).filter((f) => f.path.startsWith("/"));
  const text = reply.text
    .replace(CLAIM, "")
    .replace(/tệp đính kèm/gu, "tệp báo cáo")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (files.length === 0) return text;
  if (links) {
    const lines = files.map((f) => `• ${f.name}${f.mime.startsWith("image/") ? " (biểu đồ, gửi kèm dạng ảnh)" : ""}: ${links.get(f)}`);
    return [text, "", "📥 Tải tệp (liên kết dùng được trong 24 giờ):", ...lines].join("\n");
  }
  const commands = files
    .map((f) => exportCommand(f.name))
    .filter(Boolean)
    .map((c) => `  npm run --silent bot -- ${c}`);
  return [
    text,
    "",
    `ℹ️ Zalo chưa nhận được tệp (${files.map((f) => f.name).join(", ")}) vì bot chưa có địa chỉ công khai (PUBLIC_URL). Để lấy tệp: hỏi cùng câu này trên Slack, hoặc trên máy chạy bot gõ:`,
    ...commands,
  ].join("\n");
}

/**
 * Wraps the text sender: files written by the bot are published under PUBLIC_URL and sent as links,
 * images also as photos (sendPhoto takes a URL, never bytes). Without PUBLIC_URL the text says how to get them.
 */
export function withFiles(sender: Sender, deps: { api: ZaloApi; throttle: Throttle; signal: AbortSignal; logger: Logger; files?: PublicFiles; onUnauthorized: (d: string) => void }): Sender {
  async function sendPhoto(chatId: string, url: string, caption: string): Promise<void> {
    if (!(await deps.throttle.wait(chatId, deps.signal))) throw new ZaloError("zalo_stopped", "the Zalo channel is stopped");
    const outcome = await deps.api.call("sendPhoto", { chat_id: chatId, photo: url, caption }, { signal: deps.signal });
    if (outcome.kind === "aborted") throw new ZaloError("zalo_stopped", "the Zalo channel is stopped");
    if (outcome.kind === "unauthorized") {
      deps.onUnauthorized(outcome.description);
      throw new ZaloError("zalo_unauthorized", "Zalo rejected the bot token (401)");
    }
    // The link is already in the text: a photo Zalo refuses costs the user nothing.
    if (outcome.kind !== "ok")
      deps.logger.warn({ chatId, outcome: outcome.kind, description: "description" in outcome ? outcome.description : undefined }, "zalo: sendPhoto failed; the link stays in the text");
  }

  return {
    typing: (chatId) => sender.typing(chatId),
    async sendReply(chatId, reply: ZaloReply) {
      const files = (reply.files ?? []).filter((f) => f.path.startsWith("/"));
      if (reply.files === undefined && !/^📎\s*Đính kèm:/mu.test(reply.text)) return sender.sendReply(chatId, reply);
      const links = deps.files ? new Map(files.map((f) => [f, deps.files!.publish(f)])) : undefined;
      await sender.sendReply(chatId, { text: filesText(reply, links), choices: reply.choices });
      for (const f of files) if (links && f.mime.startsWith("image/")) await sendPhoto(chatId, links.get(f)!, f.name);
    },
  };
}
