import { emptyState, type ProgressRecord, type State } from "../../../src/core/state.js";
import { plan } from "../../helpers/bot.js";

export { plan };
export const TZ = "Asia/Ho_Chi_Minh";
/** Early Quý III: every Quý II task is past due, Quý III tasks are not yet. */
export const NOW = new Date("2023-07-05T09:00:00+07:00");
export const PAYMENT = plan.target("7.5")!.values[1]!.label!;

/**
 * Quý II: task 5 done on time with evidence, task 7 done late, task 9 in progress (so overdue), task 18
 * reported done and then undone; task 6 (Quý III) in progress. Targets: 7.5 payment 28% (goal 35%),
 * 2 at 100% (goal 100%), 1.4 "Nhóm Tốt" in words, 1.2 reported as "chưa đạt".
 */
export function reportState(): State {
  const state = emptyState();
  state.roster.push({ user: "console:an", agency: "so-noi-vu", role: "member", name: "Nguyễn Văn An", addedAt: "2023-01-02T00:00:00Z" });
  const add = (r: Omit<ProgressRecord, "seq" | "user" | "channel" | "text"> & Partial<ProgressRecord>) =>
    state.records.push({ seq: state.records.length + 1, user: "console:an", agency: "so-noi-vu", channel: "console:local", text: "báo cáo", ...r });
  add({ kind: "report", task: "5", status: "done", at: "2023-06-20T03:00:00Z", evidence: { number: "123/QĐ-UBND", date: "2023-06-18" } });
  add({ kind: "report", task: "7", status: "done", at: "2023-07-02T03:00:00Z" });
  add({ kind: "report", task: "9", status: "in_progress", percent: 60, at: "2023-06-01T03:00:00Z", agency: "vp-ubnd-tinh" });
  add({ kind: "report", task: "18", status: "done", at: "2023-06-25T03:00:00Z" });
  add({ kind: "undo", ref: 4, at: "2023-06-25T03:10:00Z" });
  add({ kind: "report", task: "6", status: "in_progress", percent: 30, at: "2023-07-01T03:00:00Z" });
  add({ kind: "report", target: "7.5", value: "28%", part: PAYMENT, at: "2023-06-28T03:00:00Z", agency: "vp-ubnd-tinh", text: "chỉ tiêu 7.5 thanh toán trực tuyến đạt 28%" });
  add({ kind: "report", target: "2", value: "100%", at: "2023-06-29T03:00:00Z", agency: "so-tu-phap" });
  add({ kind: "report", target: "1.4", value: "Nhóm Tốt", note: "PCI 2023 đạt Nhóm Tốt", at: "2023-06-30T03:00:00Z", agency: "so-khdt" });
  add({ kind: "report", target: "1.2", value: "giảm 3 bậc", note: "SIPAS chưa đạt, giảm 3 bậc", at: "2023-06-30T04:00:00Z" });
  state.seq = state.records.length;
  return state;
}

/** The file store hands out deeply frozen state: reports must never write to it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Numbers read back from the chat summary text, so tests can compare them with files and chart. */
export function summaryNumbers(text: string) {
  const head =
    /(\d+) nhiệm vụ đến hạn trong kỳ(?: \(kèm việc con [^:]+: (\d+) dòng\))?, đã hoàn thành (\d+): đúng hạn (\d+) · trễ hạn (\d+) · đang thực hiện (\d+) · quá hạn (\d+) · chưa báo cáo (\d+)/.exec(
      text,
    );
  if (!head) throw new Error(`no totals line in:\n${text}`);
  // The counts are of rows: the total to compare them with is the row count when sub-rows are named.
  const [tasks, rows, done, on_time, late, in_progress, overdue, not_reported] = head.slice(1).map((n) => (n === undefined ? undefined : Number(n))) as number[];
  const total = rows ?? tasks;
  const agencies = new Map<string, Record<string, number>>();
  for (const m of text.matchAll(/^• (.+) \((\d+)\): (.+)$/gm)) {
    const counts: Record<string, number> = { total: Number(m[2]) };
    for (const part of m[3]!.split(" · ")) {
      const [, label, n] = /^(.+) (\d+)$/.exec(part)!;
      counts[label!] = Number(n);
    }
    agencies.set(m[1]!, counts);
  }
  return { total, done, on_time, late, in_progress, overdue, not_reported, agencies };
}
