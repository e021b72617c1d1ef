import { fold } from "../../language/normalise.js";
import { looksLikeAgency, type AgencyMatcher, type Piece } from "./agency-names.js";

/** One row of a flat appendix: its number, its lines, and its "- …" lines (a target's parts). */
export interface FlatRow {
  id: string;
  group: boolean;
  lines: string[];
  bullets: string[];
  where: string;
}

const TIME_START =
  /(?:^|\s)(?:-\s*)?(?:quy\s+(?:iv|i{1,3}|[1-4])|ca nam|thuong xuyen|thang\s+\d|truoc ngay|\d+\s+thang\s+(?:dau|cuoi)|theo ke hoach|theo tien do|ban hanh\s+ke hoach|thuc hien\s+trong|trien khai\s+ke hoach|nam \d{4}$)|^(?:-\s*)?nam \d{4}(?:\s|$)/;

/** Agencies that follow each other with only ";" or "," between them form one cell; a gap of other words or none at all starts another. */
function agencyRuns(pieces: Piece[]): { ids: string[]; text: string; start: number; end: number }[] {
  const runs: { ids: string[]; text: string; start: number; end: number; open: boolean }[] = [];
  let prev: Piece | undefined;
  for (const p of pieces) {
    if (p.kind === "agency") {
      const run = runs.at(-1);
      const joined = run && ((prev?.kind === "agency" && p.sepBefore !== "") || (prev?.kind === "words" && run.open));
      if (joined) {
        run.ids.push(p.id);
        run.text += `${p.sepBefore || ";"} ${p.text}`;
        run.end = p.end;
        run.open = p.sepAfter !== "";
      } else {
        // "… Trung tâm Chuyển đổi số tỉnh; Các sở, ban, ngành": a name the lexicon does not know, listed before a known one.
        const tail = prev?.kind === "words" && (p.sepBefore === ";" || p.sepBefore === ",") ? unknownTail(prev.text) : "";
        runs.push({ ids: [p.id], text: tail ? `${tail}${p.sepBefore} ${p.text}` : p.text, start: p.start, end: p.end, open: p.sepAfter !== "" });
      }
    }
    prev = p;
  }
  return runs;
}

/** The last stretch of running words that begins like an agency's name, in capitals ("Trung tâm …"). */
function unknownTail(text: string): string {
  const words = text.replace(/[;,]\s*$/, "").split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const tail = words.slice(i).join(" ");
    if (/^\p{Lu}/u.test(tail) && looksLikeAgency(tail) && tail.split(" ").length >= 2) return tail;
  }
  return "";
}

export function taskCells(row: FlatRow, matcher: AgencyMatcher): string[] {
  const text = row.lines.join(" ");
  const pieces = matcher.scan(text);
  let runs = agencyRuns(pieces);
  if (runs.length === 1) runs = splitAtCollective(runs[0]!, pieces, matcher);
  const lead = runs.length >= 2 ? runs.at(-2)! : runs[0];
  const coop = runs.length >= 2 ? runs.at(-1) : undefined;
  const before = pieces
    .filter((p) => p.end <= (lead?.start ?? Infinity))
    .map((p) => p.text)
    .join(" ");
  const after = pieces.filter((p) => p.kind === "words" && p.start >= (lead?.end ?? Infinity)).map((p) => p.text);
  const time = after
    .map((w) => {
      const m = TIME_START.exec(fold(w));
      return m ? trimTime(w.slice(Math.max(0, approxIndex(w, m.index)))) : "";
    })
    .filter(Boolean)
    .join("\n");
  return [row.id, before, lead?.text ?? "", coop?.text ?? "", time];
}

/** "Sở Nội vụ; Các sở, ban, ngành; UBND các huyện": a department then collectives is a lead cell then a cooperating cell. */
function splitAtCollective(run: { ids: string[]; text: string; start: number; end: number }, pieces: Piece[], matcher: AgencyMatcher) {
  const inRun = pieces.filter((p): p is Extract<Piece, { kind: "agency" }> => p.kind === "agency" && p.start >= run.start && p.end <= run.end);
  const plain = (id: string) => !["collective", "level"].includes(matcher.byId(id)?.kind ?? "");
  const at = inRun.findIndex((p, i) => i > 0 && plain(inRun[i - 1]!.id) && !plain(p.id));
  if (at <= 0) return [run];
  const part = (list: typeof inRun) => ({ ids: list.map((p) => p.id), text: list.map((p) => p.text).join("; "), start: list[0]!.start, end: list.at(-1)!.end });
  return [part(inRun.slice(0, at)), part(inRun.slice(at))];
}

/** fold() drops and merges characters; find the same place in the original by word count. */
function approxIndex(original: string, foldedIndex: number): number {
  let skip = fold(original).slice(0, foldedIndex).split(" ").filter(Boolean).length;
  const words = original.split(/(\s+)/);
  let at = 0;
  for (const w of words) {
    if (skip === 0 && w.trim()) break;
    if (w.trim() && fold(w)) skip -= fold(w).split(" ").length;
    at += w.length;
  }
  return at;
}

const PERCENT = /(\d+(?:[.,]\d+)?\s*%)(\s*\([^)]*\))?/;
const AGENCY_LINE = /^(?:Sở|Văn phòng|Ban|UBND|Ủy ban|Uỷ ban|Bưu điện|Cục|Các cơ quan|Các sở|Công an|Kho bạc|Đài|Báo|HĐND)(?:\s|$)/u;

/**
 * Title, then the value (a percentage, or the lines from the first one in capitals that is not an agency:
 * "Cải thiện vị trí …"), then the agency cells, read only after the value so a title's "cấp xã" is no agency.
 */
export function targetCells(row: FlatRow, matcher: AgencyMatcher, order: string[] = []): string[] {
  const lines = row.lines;
  if (order.indexOf("value") > order.indexOf("monitoring") && order.includes("monitoring")) return valueBetween(row, matcher);
  const text = lines.join("\n");
  let title = text;
  let value = "";
  let rest = "";
  const percent = PERCENT.exec(text);
  const firstAgency = lines.findIndex((l, i) => i > 0 && AGENCY_LINE.test(l));
  if (percent && (firstAgency < 0 || percent.index < lines.slice(0, firstAgency).join("\n").length)) {
    title = text.slice(0, percent.index);
    value = `${percent[1]}${percent[2] ?? ""}`;
    rest = text.slice(percent.index + percent[0].length);
  } else {
    const stop = firstAgency < 0 ? lines.length : firstAgency;
    const connector = /[,(]$|\s(?:trên|của|và|với|đối|các|tại)$/u;
    const start = row.bullets.length ? -1 : lines.findIndex((l, i) => i > 0 && i < stop && /^\p{Lu}/u.test(l) && !connector.test(lines[i - 1]!.trim()));
    if (start > 0) {
      title = lines.slice(0, start).join(" ");
      value = lines.slice(start, stop).join(" ");
    } else {
      title = lines.slice(0, stop).join(" ");
      const paren = /^(.*\))\s+(\p{Lu}.*)$/u.exec(title);
      if (paren && !row.bullets.length) [title, value] = [paren[1]!, paren[2]!];
    }
    rest = lines.slice(stop).join("\n");
  }
  const runs = agencyRuns(matcher.scan(rest));
  const [monitoring, ...others] = runs;
  return [row.id, title.replace(/\s+/g, " ").trim(), value.replace(/\s+/g, " ").trim(), monitoring?.text ?? "", others.map((r) => r.text).join("; ")];
}

/** Columns "… | Cơ quan theo dõi | Mục tiêu | Đơn vị thực hiện": the value sits between the two agency cells. */
function valueBetween(row: FlatRow, matcher: AgencyMatcher): string[] {
  const pieces = matcher.scan(row.lines.join("\n"));
  const runs = agencyRuns(pieces);
  const monitoring = runs.length >= 2 ? runs.at(-2) : runs[0];
  const implementing = runs.length >= 2 ? runs.at(-1) : undefined;
  const words = (from: number, to: number) =>
    pieces
      .filter((p) => p.start >= from && p.end <= to && p.kind === "words")
      .map((p) => p.text)
      .join(" ");
  const title = words(0, monitoring?.start ?? Infinity);
  const value = monitoring ? words(monitoring.end, implementing?.start ?? Infinity) : "";
  return [row.id, title, value, monitoring?.text ?? "", implementing?.text ?? ""];
}

export function bulletRows(row: FlatRow): string[][] {
  return row.bullets.map((b) => {
    const t = b.replace(/(?:\s+-)+\s*$/, (m) => (/\d%/.test(b) ? "" : m)).trim();
    const percent = /^(.*?)\s+(\d+(?:[.,]\d+)?\s*%)[\s-]*$/.exec(t);
    if (percent) return ["", `- ${percent[1]}`, percent[2]!, "", ""];
    const dash = /^(.*?)\s+-[\s-]*$/.exec(t);
    return ["", `- ${dash ? dash[1] : t}`, dash ? "-" : "", "", ""];
  });
}

const TIME_WORDS = new Set("quy i ii iii iv ca nam thuong xuyen thang truoc ngay den dau cuoi ban hanh ke hoach trien khai thuc hien trong hoan thanh va - : 6 9 sau chin".split(" "));

/** The deadline's own words: "Quý I xã đạt chuẩn …" (a cell of the next page run into it) stops at "xã". */
function trimTime(text: string): string {
  if (/^theo\s/.test(fold(text))) return text;
  const words = text.split(/\s+/);
  let keep = 0;
  while (keep < words.length) {
    const f = fold(words[keep]!).replace(/:$/, "");
    if (!(f === "" || TIME_WORDS.has(f) || /^[\d/.-]+$/.test(f) || /^(?:[ivx]+|\d+)(?:\/\d{1,4})*[:,;.]?$/.test(f))) break;
    keep++;
  }
  return words.slice(0, keep).join(" ");
}
