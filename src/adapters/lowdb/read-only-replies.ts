import type { Bot } from "../../core/bot-types.js";
import type { Reply } from "../../core/message.js";

const TEXT =
  "⚠ Chưa lưu được: thư mục dữ liệu của bot đang chỉ đọc, nên báo cáo và thay đổi này chưa được ghi (chưa có gì được lưu). " +
  "Câu hỏi vẫn được trả lời bình thường. Nhờ quản trị viên cấp quyền ghi cho thư mục dữ liệu rồi gửi lại.";

const refused = (error: unknown) => (error as { code?: string } | null)?.code === "STORE_READONLY";

/** A turn that would save something in a read-only data directory ends with one clear sentence, not an error. */
export function withReadOnlyReplies(bot: Bot): Bot {
  const reply = (error: unknown, tasks: string[] = []): Reply => {
    if (!refused(error)) throw error;
    return { intent: "read_only", text: TEXT, lang: "vi", tasks, targets: [] };
  };
  return {
    ...bot,
    handle: (message) => bot.handle(message).catch((error: unknown) => reply(error)),
    submitReport: (user, channel, form, at) => bot.submitReport(user, channel, form, at).catch((error: unknown) => reply(error, [form.task])),
  };
}
