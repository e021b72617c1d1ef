import { containsPhrase, fold } from "../language/normalise.js";
import type { StatusWords } from "./parse-report.js";
import type { Standing } from "./standing.js";
import type { TaskStatus } from "./records.js";

/** Which tasks a status list asks for ("nhiệm vụ nào đã hoàn thành / đang vướng / quá hạn…"). */
export type StatusFilter = "done" | "done_on_time" | "done_late" | "in_progress" | "blocked" | "overdue" | "not_reported" | "not_started" | "not_done";

// Status words that are the same in any plan; the report vocabulary (intents/vocabulary/statuses.json)
// supplies the rest. A bare "hoàn thành" / "xong" asks what is due ("quý 2 cần hoàn thành gì"), not what is done.
const NOT_REPORTED = [
  "chua co bao cao",
  "chua bao cao",
  "chua cap nhat",
  "khong co bao cao",
  "chua ai bao cao",
  "chua ai cap nhat",
  "chua co ai cap nhat",
  "khong ai cap nhat",
  "chua co ai bao cao",
  "khong ai bao cao",
  "not reported",
  "not yet reported",
  "no report",
  "no reports",
  "unreported",
  "without a report",
  "nobody reported",
  "yet to report",
];
const BLOCKED = ["ket", "ach tac", "un tac", "dinh tre", "stuck", "blocked", "on hold"];
const LATE = ["tre han", "qua han", "tre", "muon", "cham", "cham tien do", "overdue", "late", "behind schedule"];
const ON_TIME = ["dung han", "dung thoi han", "truoc han", "truoc thoi han", "dung tien do", "kip thoi", "on time", "in time"];
const NOT_DONE = ["chua xong", "chua hoan thanh", "chua hoan tat", "con dang do", "dang do", "not finished", "unfinished", "incomplete", "outstanding", "not done", "not yet done", "still open"];
const DONE = ["da xong", "xong roi", "da hoan thanh", "hoan thanh roi", "da hoan tat", "da ban hanh", "done", "completed", "finished", "complete"];
const NOT_STARTED = ["not started", "not been started", "not yet started", "yet to start", "chua khoi dong"];
const EN_NOT_REPORTED = /\b(nobody|no one|not|never)\b(?: \S+){0,2} report(ed)?\b/;
// "đã làm xong", "chưa làm xong", "đã hoàn thành hết": a word or two between the marker and the verb.
const DONE_NEAR = /\bda\b(?: \S+){0,2} (xong|hoan thanh|hoan tat)\b/;
const NOT_DONE_NEAR = /\bchua\b(?: \S+){0,2} (xong|hoan thanh|hoan tat)\b/;
const BARE = new Set(["xong", "hoan thanh", "hoan tat", "dang", "issued", "started"]);

// The passive adds nothing: "đang được thực hiện", "chưa được báo cáo", "bị trễ hạn".
// English contractions fold to "haven t": read them as "have not".
const plain = (folded: string) =>
  folded
    .replace(/\b(duoc|bi)\b/g, " ")
    .replace(/\b(\w+)n t\b/g, "$1 not")
    .replace(/\s+/g, " ")
    .trim();
// Phrases are compared in the same passive-free form as the text (see `prepared`; the lists above are plain already).
const any = (folded: string, list: readonly string[]) => list.some((p) => containsPhrase(folded, p));

// The report vocabulary, folded once per list rather than on every message.
const preparedLists = new WeakMap<string[], string[]>();
function prepared(list: string[]): string[] {
  let out = preparedLists.get(list);
  if (!out)
    preparedLists.set(
      list,
      (out = list
        .map((w) => fold(w))
        .map((w) => (plain(w).includes(" ") || !w.includes(" ") ? plain(w) : w))
        .filter((w) => !BARE.has(w))),
    );
  return out;
}

/** The filter a list question asks for, or undefined (then it is a due or summary question). */
export function statusFilterOf(text: string, words: StatusWords, obligation: boolean): StatusFilter | undefined {
  const f = plain(fold(text));
  const vocab = (list: string[] = []) => prepared(list);
  const done = !NOT_DONE_NEAR.test(f) && (any(f, DONE) || DONE_NEAR.test(f) || any(f, vocab(words.done)));
  // "Tháng 8 phải xong nhiệm vụ nào?", "must be completed by June": a deadline question.
  if (obligation && !any(f, NOT_REPORTED)) return undefined;
  if (any(f, NOT_REPORTED) || EN_NOT_REPORTED.test(f)) return "not_reported";
  if (NOT_DONE_NEAR.test(f)) return "not_done";
  if (any(f, NOT_STARTED) || any(f, vocab(words.not_started))) return "not_started";
  if (any(f, NOT_DONE) || any(f, vocab(words.not_done))) return "not_done";
  // With "trễ hạn" / "đúng hạn" even a bare "xong" means done: "nhiệm vụ nào xong đúng hạn?".
  const finished = done || any(f, ["hoan thanh", "xong", "hoan tat"]);
  if (any(f, LATE)) return finished ? "done_late" : "overdue";
  if (finished && any(f, ON_TIME)) return "done_on_time";
  if (any(f, BLOCKED) || any(f, vocab(words.blocked))) return "blocked";
  if (done) return "done";
  if (any(f, vocab(words.in_progress))) return "in_progress";
  return undefined;
}

/** Whether a task in this standing, with this latest status, is in the list. */
export function matches(filter: StatusFilter, standing: Standing, status: TaskStatus | undefined): boolean {
  const done = standing === "done_on_time" || standing === "done_late";
  switch (filter) {
    case "done":
      return done;
    case "done_on_time":
    case "done_late":
    case "overdue":
      return standing === filter;
    case "not_reported":
      return !status;
    case "not_started":
      return !status || status.status === "not_started";
    case "not_done":
      return !done;
    case "blocked":
      return status?.status === "blocked";
    case "in_progress":
      return !done && (status?.status === "in_progress" || status?.status === "done");
  }
}
