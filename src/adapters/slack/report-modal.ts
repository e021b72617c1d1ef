import type { types } from "@slack/bolt";
import type { ReportForm } from "../../core/bot-types.js";
import type { ReplyItem } from "../../core/message.js";
import { statusSchema, type Status } from "../../core/state.js";
import { truncate } from "./slack-text.js";
import type { SlackFile } from "./file-download.js";

export const REPORT_CALLBACK_ID = "cchc_report";
const VALUE = "value";

export const STATUS_LABELS: Record<Status, string> = {
  not_started: "Chưa thực hiện",
  in_progress: "Đang thực hiện",
  done: "Hoàn thành",
  blocked: "Gặp vướng mắc",
};

/** Where the confirmation goes once the form is sent: the conversation the modal was opened from. */
export interface ReportOrigin {
  /** Slack channel id; absent when opened from App Home (the confirmation then goes to the user's DM). */
  channel?: string;
  thread_ts?: string;
}

type Option = types.PlainTextOption;
const option = (text: string, value: string): Option => ({ text: { type: "plain_text", text: truncate(text, 75), emoji: true }, value });
const plain = (text: string) => ({ type: "plain_text" as const, text, emoji: true });

function taskSelect(items: ReplyItem[], preselect?: string): types.StaticSelect {
  const options = items.map((i) => option(`${i.id}. ${i.title}`, truncate(i.id, 150)));
  const initial = options.find((o) => o.value === preselect);
  // A static select takes 100 options; past that, groups of 100 (the plan has well under 10,000 tasks).
  const lists =
    options.length <= 100
      ? { options }
      : {
          option_groups: Array.from({ length: Math.ceil(options.length / 100) }, (_, g) => ({
            label: plain(`Nhiệm vụ ${g * 100 + 1}–${Math.min(options.length, (g + 1) * 100)}`),
            options: options.slice(g * 100, (g + 1) * 100),
          })),
        };
  return { type: "static_select", action_id: VALUE, placeholder: plain("Chọn nhiệm vụ"), ...lists, ...(initial ? { initial_option: initial } : {}) };
}

export function reportModal(items: ReplyItem[], origin: ReportOrigin, preselect?: string): types.ModalView {
  const base = { type: "modal" as const, callback_id: REPORT_CALLBACK_ID, title: plain("Báo cáo tiến độ"), close: plain("Đóng"), private_metadata: JSON.stringify(origin) };
  if (items.length === 0) {
    const text = "Bạn chưa có trong danh sách người báo cáo của đơn vị nào, nên chưa thể báo cáo tiến độ. Hãy nhờ quản trị viên thêm bạn vào danh sách.";
    return { ...base, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
  }
  const statusOptions = statusSchema.options.map((s) => option(STATUS_LABELS[s], s));
  return {
    ...base,
    submit: plain("Gửi báo cáo"),
    blocks: [
      { type: "input", block_id: "task", label: plain("Nhiệm vụ"), element: taskSelect(items, preselect) },
      { type: "input", block_id: "status", label: plain("Tình trạng"), element: { type: "static_select", action_id: VALUE, placeholder: plain("Chọn tình trạng"), options: statusOptions } },
      {
        type: "input",
        block_id: "percent",
        optional: true,
        label: plain("Tỷ lệ hoàn thành (%)"),
        element: { type: "number_input", action_id: VALUE, is_decimal_allowed: false, min_value: "0", max_value: "100" },
      },
      { type: "input", block_id: "note", optional: true, label: plain("Ghi chú"), element: { type: "plain_text_input", action_id: VALUE, multiline: true, max_length: 2000 } },
      {
        type: "input",
        block_id: "evidence",
        optional: true,
        label: plain("Văn bản chứng minh"),
        hint: plain("Số, ngày văn bản, ví dụ: QĐ số 123/QĐ-UBND ngày 10/3/2023"),
        element: { type: "plain_text_input", action_id: VALUE, max_length: 500 },
      },
      {
        type: "input",
        block_id: "files",
        optional: true,
        label: plain("Ảnh, tệp PDF minh chứng"),
        hint: plain("Ảnh chụp văn bản đã ký hoặc tệp PDF, tối đa 15 MB mỗi tệp"),
        element: { type: "file_input", action_id: VALUE, filetypes: ["jpg", "jpeg", "png", "gif", "webp", "heic", "pdf"], max_files: 5 },
      },
    ],
  };
}

export function readOrigin(privateMetadata: string | undefined): ReportOrigin {
  try {
    const parsed = JSON.parse(privateMetadata ?? "{}") as ReportOrigin;
    return { ...(typeof parsed.channel === "string" ? { channel: parsed.channel } : {}), ...(typeof parsed.thread_ts === "string" ? { thread_ts: parsed.thread_ts } : {}) };
  } catch {
    return {};
  }
}

type StateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null; files?: SlackFile[] | null }>>;

/** `uploads`: the files of the form's file_input, still to be downloaded by the caller. */
export type ReportParse = { ok: true; form: ReportForm; uploads: SlackFile[] } | { ok: false; errors: Record<string, string> };

/** Validates a submitted report; errors are keyed by block id for `response_action: "errors"`. */
export function parseReport(values: StateValues, allowedTasks: string[]): ReportParse {
  const read = (block: string) => values[block]?.[VALUE];
  const text = (block: string) => read(block)?.value?.trim() || undefined;
  const errors: Record<string, string> = {};
  const task = read("task")?.selected_option?.value;
  if (!task || !allowedTasks.includes(task)) errors.task = "Chọn một nhiệm vụ bạn được giao báo cáo.";
  const status = statusSchema.safeParse(read("status")?.selected_option?.value);
  if (!status.success) errors.status = "Chọn tình trạng thực hiện.";
  const percentText = text("percent");
  const percent = percentText === undefined ? undefined : Number(percentText);
  if (percent !== undefined && !(Number.isInteger(percent) && percent >= 0 && percent <= 100)) errors.percent = "Tỷ lệ phải là số nguyên từ 0 đến 100.";
  else if (status.success && status.data === "done" && percent !== undefined && percent !== 100) errors.percent = "Đã hoàn thành thì tỷ lệ là 100%.";
  else if (status.success && status.data === "not_started" && percent !== undefined && percent !== 0) errors.percent = "Chưa thực hiện thì tỷ lệ là 0%.";
  const note = text("note");
  if (note && note.length > 2000) errors.note = "Ghi chú tối đa 2.000 ký tự.";
  else if (status.success && status.data === "blocked" && !note) errors.note = "Cho biết vướng mắc gặp phải.";
  const evidence = text("evidence");
  if (evidence && evidence.length > 500) errors.evidence = "Văn bản chứng minh tối đa 500 ký tự.";
  if (Object.keys(errors).length > 0 || !task || !status.success) return { ok: false, errors };
  const uploads = (read("files")?.files ?? []).filter((f) => typeof f?.id === "string");
  return { ok: true, uploads, form: { task, status: status.data, ...(percent !== undefined ? { percent } : {}), ...(note ? { note } : {}), ...(evidence ? { evidence } : {}) } };
}
