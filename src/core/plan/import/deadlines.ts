import { quarterEnd, quarterOfMonth } from "../periods.js";
import type { Milestone, PlanPeriod } from "../schema.js";
import { foldKeep } from "./document.js";

/** What a deadline cell says: its milestones, and the parts no date could be read from. */
export interface DeadlineRead {
  milestones: Milestone[];
  unresolved: string[];
}

const ROMAN: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const Q = "(?:iv|i{1,3}|[1-4])";
const ROMAN_NAMES: Record<string, string> = { Q1: "I", Q2: "II", Q3: "III", Q4: "IV" };
const EXPRESSIONS: { re: RegExp; read: (m: RegExpExecArray, year: number) => Omit<Milestone, "label" | "asWritten">[] }[] = [
  {
    re: /(?:(?:truoc|den|han|cham nhat)\s+(?:ngay\s+)?)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(?:(?:truoc|den|han|cham nhat)\s+)?ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/y,
    read: (m, year) => [dayMilestone(Number(m[3] ?? m[6] ?? year), Number(m[2] ?? m[5]), Number(m[1] ?? m[4]))],
  },
  {
    re: /(?:truoc|den|han)\s+(?:ngay\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?!\d|\s*\/\s*\d)/y,
    read: (m, year) => [dayMilestone(year, Number(m[2]), Number(m[1]))],
  },
  {
    re: new RegExp(`quy\\s+(${Q}(?:\\s*(?:,|va|&|-|;)\\s*(?:quy\\s+)?${Q})*)(?![a-z])(?:\\s*(?:/|nam)\\s*(\\d{4}))?`, "y"),
    read: (m, year) =>
      m[1]!
        .split(/\s*(?:,|va|&|-|;|quy)\s*/)
        .filter(Boolean)
        .map((q) => quarterMilestone(Number(m[2] ?? year), ROMAN[q.trim()] ?? 4)),
  },
  {
    re: /(6|sau|9|chin)\s+thang\s+(dau|cuoi)\s+nam(?:\s*(?:\/|nam)?\s*(\d{4}))?/y,
    read: (m, year) => {
      const y = Number(m[3] ?? year);
      if (m[2] === "cuoi") return [{ period: "Q4", due: `${y}-12-31` }];
      return [quarterMilestone(y, m[1] === "9" || m[1] === "chin" ? 3 : 2)];
    },
  },
  {
    re: /(?:thang|t)\s*(\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?(?![\d/])/y,
    read: (m, year) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? [dayMilestone(Number(m[2] ?? year), month, 0)] : [];
    },
  },
  {
    re: /ca nam|trong nam|quanh nam|nam\s+(\d{4})/y,
    read: (m, year) => [{ period: "year", due: `${Number(m[1] ?? year)}-12-31` }],
  },
  {
    // Work that goes on: no due date, never overdue.
    re: /thuong xuyen|hang nam|lien tuc|hang thang|hang quy|dinh ky/y,
    read: () => [{ period: null, due: null, ongoing: true }],
  },
];

function quarterMilestone(year: number, quarter: 1 | 2 | 3 | 4): Omit<Milestone, "label" | "asWritten"> {
  return { period: `Q${quarter}` as PlanPeriod, due: quarterEnd(year, quarter) };
}

/** day 0 = the month's last day. */
function dayMilestone(year: number, month: number, day: number): Omit<Milestone, "label" | "asWritten"> {
  if (month < 1 || month > 12) return { period: null, due: null };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = day === 0 ? last : Math.min(day, last);
  return { period: `Q${quarterOfMonth(month)}` as PlanPeriod, due: `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

/** Words before a deadline that say "by" rather than name a step ("Thực hiện trong Quý I"). */
const FILLER = /^(?:thuc hien|hoan thanh|trien khai)?\s*(?:trong|truoc|den|vao|han|trong nam|cuoi|dau|tu)?\s*(?:ngay)?$/;
const REFERENCE = /^theo\s+(?:tien do|ke hoach|lo trinh|quy dinh|chi dao|yeu cau|van ban|huong dan|thoi gian)/;

/** Reads "Quý II/2026", "Tháng 6/2026", "Trước ngày 30/6/2026", "6 tháng đầu năm", "Cả năm", "Thường xuyên", two deadlines in one cell… */
export function readDeadlines(cell: string, year: number): DeadlineRead {
  const parts = joinWrapped(
    cell
      .normalize("NFC")
      .split(/\n|;|(?:^|\s)[-+•]\s+/)
      .map((p) => p.replace(/^[\s\-+•]+|[\s.,:]+$/g, ""))
      .filter(Boolean),
    year,
  );
  const milestones: Milestone[] = [];
  const unresolved: string[] = [];
  for (const part of parts) {
    const folded = foldKeep(part);
    if (REFERENCE.test(folded)) {
      milestones.push({ label: null, period: null, asWritten: part, due: null, ongoing: true });
      unresolved.push(part);
      continue;
    }
    let found = scan(folded, year);
    // "Từ tháng 3 đến tháng 6/2026": one span, due at its end.
    if (found.length > 1 && /(?:^|\s)tu\s/.test(folded) && /\s(?:den|toi)\s/.test(folded)) found = [{ ...found.at(-1)!, start: found[0]!.start, values: found.at(-1)!.values.slice(-1) }];
    if (found.length === 0) {
      milestones.push({ label: null, period: null, asWritten: part, due: null });
      unresolved.push(part);
      continue;
    }
    const prefix = part
      .slice(0, found[0]!.start)
      .replace(/[\s:,-]+$/, "")
      .trim();
    const label = prefix && !FILLER.test(foldKeep(prefix)) ? prefix : null;
    const single = found.length === 1 && found[0]!.values.length === 1;
    for (const f of found) {
      const text = single ? (label ? part.slice(f.start) : part) : part.slice(f.start, f.end);
      // "Quý II và Quý IV/2026": each quarter as its own milestone, named by itself.
      for (const v of f.values)
        milestones.push({
          label,
          ...v,
          asWritten:
            f.values.length > 1 && v.period?.startsWith("Q")
              ? `Quý ${ROMAN_NAMES[v.period]}${/\/\s*\d{4}|nam\s+\d{4}/.test(folded.slice(f.start, f.end)) ? `/${v.due!.slice(0, 4)}` : ""}`
              : text.trim() || part,
        });
    }
  }
  return { milestones, unresolved };
}

function scan(folded: string, year: number): { start: number; end: number; values: Omit<Milestone, "label" | "asWritten">[] }[] {
  const out: { start: number; end: number; values: Omit<Milestone, "label" | "asWritten">[] }[] = [];
  let i = 0;
  while (i < folded.length) {
    if (i > 0 && /[a-z0-9]/.test(folded[i - 1]!)) {
      i++;
      continue;
    }
    let hit = false;
    for (const e of EXPRESSIONS) {
      e.re.lastIndex = i;
      const m = e.re.exec(folded);
      if (!m) continue;
      const values = e.read(m, year).filter((v) => v.due !== null || v.ongoing);
      if (values.length) out.push({ start: i, end: i + m[0].length, values });
      i += Math.max(1, m[0].length);
      hit = true;
      break;
    }
    if (!hit) i++;
  }
  return out;
}

/** A cell's wrapped lines put back together: "Ban hành Kế hoạch" + "Quý II"; a "Theo …" reference takes every line after it. */
function joinWrapped(parts: string[], year: number): string[] {
  const out: string[] = [];
  let carry = "";
  for (let i = 0; i < parts.length; i++) {
    const part = carry ? `${carry} ${parts[i]}` : parts[i]!;
    carry = "";
    const folded = foldKeep(part);
    if (REFERENCE.test(folded)) {
      out.push([part, ...parts.slice(i + 1)].join(" "));
      break;
    }
    if (scan(folded, year).length === 0 && i + 1 < parts.length) carry = part;
    else out.push(part);
  }
  return out;
}
