import { asTyped, containsPhrase, fold } from "../language/normalise.js";
import type { Status } from "../state.js";

export interface StatusWords {
  done: string[];
  in_progress: string[];
  blocked: string[];
  not_started: string[];
  not_done?: string[];
  /** How a one-word status is spelled with diacritics («đang»): in a message typed with them, «dạng» is not it. */
  written?: Record<string, string[]>;
}

export interface ParsedReport {
  status?: Status;
  percent?: number;
  reason?: string;
  evidence?: { number?: string; date?: string };
  /** A date the user wrote that is not a real date ("35/13"): ask again instead of storing it. */
  badDate?: string;
  /** A percentage over 100: ask again instead of storing it. */
  badPercent?: string;
}

// Checked most specific first: "chưa thực hiện" must not read as "thực hiện", "đang vướng" is blocked.
const ORDER: Status[] = ["not_started", "blocked", "done", "in_progress"];
const DOC_NUMBER = /(?:^|[\s,(])(?:s[ốo]\s*)?(\d{1,5}\/(?:\d{4}\/)?[A-Za-zĐđ]{1,8}(?:-[A-Za-zĐđ0-9]{1,12}){0,3})/u;
const DATE = /(\bng[àa]y\s*|\bdated\s*|\bon\s*)?\b(\d{1,2})([/.-])(\d{1,2})(?:[/.-](\d{2,4}))?\b(?!\s*%)/giu;
// "ngày 10 tháng 3 năm 2023", "10 tháng 3": the date written out, as documents are dated.
const WORDS_DATE = /(?:ng[àa]y\s*)?\b(\d{1,2})\s+th[áa]ng\s+(\d{1,2})(?:\s*(?:n[ăa]m|,|\/)?\s*(\d{4}))?/iu;
// A task or target number ("nhiệm vụ 10.1", "task 1.1", "chỉ tiêu 7.5") right before the digits is that number.
const ID_BEFORE = /(?:nhi[ệe]m\s*v[ụu]|nv|task|item|vi[ệe]c(?:\s*con)?|ch[ỉi]\s*ti[êe]u|target|#)\s*(?:s[ốo]\s*)?[-.:]?\s*$/iu;
const PERCENT = /(\d{1,3})\s*%/;
const REASON = /(?:v[ưu][ớo]ng(?:\s*m[ắa]c)?|g[ặa]p\s*kh[óo]\s*kh[ăa]n|kh[óo]\s*kh[ăa]n|blocked(?:\s*(?:by|on))?|stuck(?:\s*(?:on|with))?|on\s*hold|do)\s*[:,]?\s*(.+)$/iu;

// The word lists folded once per vocabulary, not on every message.
const foldedWords = new WeakMap<StatusWords, Record<Status | "not_done", string[]>>();
function folded(words: StatusWords) {
  let f = foldedWords.get(words);
  if (!f) {
    const fl = (list: string[] = []) => list.map(fold);
    f = { not_started: fl(words.not_started), not_done: fl(words.not_done), blocked: fl(words.blocked), done: fl(words.done), in_progress: fl(words.in_progress) };
    foldedWords.set(words, f);
  }
  return f;
}

/** `text` is folded, with words typed otherwise already masked (`asTyped`). */
export function readStatus(text: string, words: StatusWords): Status | undefined {
  const f = folded(words);
  const has = (list: string[]) => list.some((w) => containsPhrase(text, w));
  if (has(f.not_started)) return "not_started";
  if (has(f.not_done)) return "in_progress";
  return ORDER.find((s) => has(f[s]));
}

export function parseReport(text: string, words: StatusWords, year: number): ParsedReport {
  const folded = fold(text);
  const out: ParsedReport = {};
  const percentMatch = PERCENT.exec(text);
  if (percentMatch && Number(percentMatch[1]) > 100) out.badPercent = percentMatch[0];
  else if (percentMatch) out.percent = Number(percentMatch[1]);
  out.status = readStatus(asTyped(folded, text, words.written), words) ?? (out.percent !== undefined ? (out.percent >= 100 ? "done" : "in_progress") : undefined);
  // "hoàn thành 50%" says how far it got, not that it is finished.
  if (out.status === "done" && out.percent !== undefined && out.percent < 100) out.status = "in_progress";
  if (out.status === "blocked") {
    const reason = REASON.exec(text)?.[1]?.trim();
    // "khó khăn về nhân lực", "vướng do thiếu kinh phí": the reason is what follows the linking word.
    if (reason) out.reason = reason.replace(/[.!]+$/, "").replace(/^(?:v[ềe]|do|v[ìi]|ở|about|with)\s+(?=\S)/iu, "");
  }
  const number = DOC_NUMBER.exec(text)?.[1];
  const withoutNumber = number ? text.replace(number, " ") : text;
  const written = WORDS_DATE.exec(withoutNumber);
  const numeric = written ? undefined : findDate(withoutNumber);
  const dateMatch = written ?? numeric;
  let date: string | undefined;
  if (dateMatch) {
    const [d, m, y] = written ? [written[1], written[2], written[3]] : [numeric![2], numeric![4], numeric![5]];
    const fullYear = y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : year;
    const iso = `${fullYear}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
    if (isRealDate(iso)) date = iso;
    else out.badDate = dateMatch[0].trim();
  }
  if (number || date) out.evidence = { ...(number ? { number } : {}), ...(date ? { date } : {}) };
  return out;
}

/** Document number and date from free text (a chat message or a form's evidence field). */
export function readEvidence(text: string, year: number): Pick<ParsedReport, "evidence" | "badDate"> {
  const { evidence, badDate } = parseReport(text, { done: [], in_progress: [], blocked: [], not_started: [] }, year);
  return { ...(evidence ? { evidence } : {}), ...(badDate ? { badDate } : {}) };
}

/**
 * The first day/month the text writes as a date. A dotted pair with no year ("10.1") is a date only after
 * "ngày" / "dated": alone it is a sub-task's number; and digits right after a task or target word are never a date.
 */
function findDate(text: string): RegExpExecArray | undefined {
  for (const m of text.matchAll(DATE)) {
    const [, prefix, , sep, , year] = m;
    if (!prefix && ID_BEFORE.test(text.slice(0, m.index))) continue;
    if (sep === "." && !prefix && !year) continue;
    return m as RegExpExecArray;
  }
  return undefined;
}

function isRealDate(iso: string): boolean {
  const at = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === iso && at.getUTCFullYear() >= 2000 && at.getUTCFullYear() <= 2100;
}
