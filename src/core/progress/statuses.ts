import type { Lang } from "../message.js";
import type { Status } from "../state.js";

const VI: Record<Status, string> = { not_started: "Chưa thực hiện", in_progress: "Đang thực hiện", done: "Hoàn thành", blocked: "Gặp vướng mắc" };
const EN: Record<Status, string> = { not_started: "Not started", in_progress: "In progress", done: "Done", blocked: "Blocked" };
export const STATUS_EMOJI: Record<Status, string> = { not_started: "⚪", in_progress: "🔵", done: "✅", blocked: "🟠" };

export function statusName(status: Status, lang: Lang, percent?: number): string {
  const name = (lang === "en" ? EN : VI)[status];
  if (percent === undefined) return name;
  if (status === "in_progress") return `${name} ${percent}%`;
  // "đang làm, được 60%, vướng …": a blocked task keeps how far it got.
  return status === "blocked" ? `${name}, ${lang === "en" ? `${percent}% done` : `đã được ${percent}%`}` : name;
}
