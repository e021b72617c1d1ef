import type { EvidenceFile } from "../message.js";
import type { Pending, ProgressRecord, Status } from "../state.js";
import { localParts } from "../time.js";
import { parseReport } from "./parse-report.js";
import type { Turn } from "./turn.js";

export interface Slots {
  tasks: string[];
  status?: Status;
  percent?: number;
  reason?: string;
  note?: string;
  evidence?: ProgressRecord["evidence"];
  text: string;
  /** The stored report a document is being attached to ("QĐ số …" after "which document?"). */
  ref?: number;
  /** Photos or PDFs sent with the report, kept while the bot asks for what is missing. */
  files?: EvidenceFile[];
}

const BARE_TASK = /^\s*(?:nv|nhiem vu|task)?\s*#?(\d{1,2}(?:\.\d)?)\s*[.!]?\s*$/;

/** "11" or "nv 11" alone: the answer to "which task?". */
export function bareTask(turn: Turn): string | undefined {
  const id = BARE_TASK.exec(turn.e.folded)?.[1];
  return id && turn.plan.task(id) ? id : undefined;
}

/**
 * Document dates without a year ("ngày 15/3") take the plan's year: a document proves work on this plan,
 * and with a clock in another year the plan clock reads today as the same day of the plan's year.
 */
export const localYear = (turn: Turn) => turn.plan.data.year ?? localParts(turn.now, turn.config.timezone).year;

/** What this message says, merged over what an earlier question already gathered. */
export function gather(turn: Turn, waiting?: Pending): Slots {
  // A report already stored and waiting only for its document lends nothing to a new report.
  const pending = waiting?.missing.includes("evidence") ? undefined : waiting;
  const parsed = parseReport(turn.message.text, turn.words, localYear(turn));
  const before = (pending?.slots ?? {}) as Partial<Slots>;
  const bare = bareTask(turn);
  const tasks = turn.e.tasks.length ? turn.e.tasks : bare ? [bare] : (before.tasks ?? []);
  return {
    tasks,
    status: parsed.status ?? turn.e.status ?? before.status,
    percent: parsed.percent ?? before.percent,
    reason: parsed.reason ?? before.reason,
    evidence: parsed.evidence ?? before.evidence,
    text: pending ? `${pending.text} | ${turn.message.text}` : turn.message.text,
    ...filesOf(before.files, turn.message.attachments),
  };
}

function filesOf(before: EvidenceFile[] | undefined, now: EvidenceFile[] | undefined): { files?: EvidenceFile[] } {
  const files = [...(before ?? []), ...(now ?? [])];
  return files.length ? { files } : {};
}

/** A date or percentage that cannot be right: the bot asks again rather than store it. */
export function inputProblem(turn: Turn): { vi: string; en: string } | undefined {
  const parsed = parseReport(turn.message.text, turn.words, localYear(turn));
  if (parsed.badDate)
    return {
      vi: `Ngày «${parsed.badDate}» không hợp lệ. Bạn gửi lại ngày của văn bản (ngày/tháng/năm) nhé.`,
      en: `"${parsed.badDate}" is not a valid date. Please send the document's date as day/month/year.`,
    };
  if (parsed.badPercent)
    return { vi: `Tỷ lệ «${parsed.badPercent}» vượt quá 100%. Bạn gửi lại tỷ lệ hoàn thành (0–100%) nhé.`, en: `"${parsed.badPercent}" is over 100%. Please send a percentage from 0 to 100.` };
  return undefined;
}

/** More than the task reference and report words: something worth keeping as a note. */
export function hasNote(turn: Turn): boolean {
  const rest = turn.e.folded
    .replace(/\b(bao cao|cap nhat|tien do|nhiem vu|nv|task|report|update)\b/g, " ")
    .replace(/[\d.#:,]+/g, " ")
    .trim();
  return rest.split(/\s+/).filter(Boolean).length >= 2;
}
