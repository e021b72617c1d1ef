import { quarterOfMonth, type AskedPeriod } from "../plan/periods.js";

type Q = 1 | 2 | 3 | 4;
const range = (from: number, to: number): Q[] => [1, 2, 3, 4].filter((q) => q >= from && q <= to) as Q[];
// "1/7", "01/07/2023": a day and a month, the year optional.
const DAY = "(\\d{1,2})\\/(\\d{1,2})(?:\\/\\d{2,4})?";
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A day of a month as one comparable number (month × 100 + day), or undefined when it is no date. */
const dayOfYear = (day: number, month: number) => (month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1]! ? month * 100 + day : undefined);
const quarterLastDay = (q: Q) => dayOfYear(MONTH_DAYS[q * 3 - 1]!, q * 3)!;
const asPeriod = (quarters: Q[]): AskedPeriod | undefined => (quarters.length === 1 ? { kind: "quarter", quarter: quarters[0]! } : quarters.length > 1 ? { kind: "quarters", quarters } : undefined);

/** The quarters whose last day falls within [from, to] (or, when none does, those the two days fall in). */
function withinDays(from: number | undefined, to: number | undefined): AskedPeriod | undefined {
  if (!from || !to || to < from) return undefined;
  const inside = range(1, 4).filter((q) => from <= quarterLastDay(q) && quarterLastDay(q) <= to);
  return asPeriod(inside.length ? inside : range(quarterOfMonth(Math.floor(from / 100)), quarterOfMonth(Math.floor(to / 100))));
}

/**
 * "trước ngày 1/7", "đến hết tháng 8": deadlines on or before that day, so the quarters that have ended by then
 * (Quý I–II), not the quarter the day falls in; a day before any quarter's end keeps its own quarter.
 */
export function upToDay(day: number, month: number): AskedPeriod {
  const at = dayOfYear(day, month);
  const ended = range(1, 4).filter((q) => at && quarterLastDay(q) <= at);
  const last = ended[ended.length - 1];
  const quarter = quarterOfMonth(month);
  return last && last !== quarter ? { kind: "upTo", quarter: last } : { kind: "upTo", quarter, month };
}

/** The last day of a month (February as 29: a deadline is never asked by the year's length). */
export const lastDayOf = (month: number) => MONTH_DAYS[month - 1]!;

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Built once, not on every question (none has the g flag: exec and test keep no state between calls).
const MONTH = "((?:thang|month)\\s?\\d{1,2}|[a-z]+)";
const BETWEEN = new RegExp(`(?:tu|from|between)\\s${MONTH}\\s(?:den|toi|to|and|-)\\s(?:het\\s)?(${MONTH.slice(1, -1)}|nam|cuoi nam|the end of the year|year end)`);
const SPAN = new RegExp(`(?:^|\\s)${MONTH}\\s(?:to|den|toi|-)\\s(?:het\\s)?${MONTH}(?=\\s|$|[?.,!])`);
const AFTER = new RegExp(`(?:sau|after|from)\\s(?:ngay\\s)?${MONTH}`);
const DATES = new RegExp(`(?:^|\\s)(?:(?:tu|from|between|giua|khoang)\\s)?(?:ngay\\s)?${DAY}(?:\\s(?:den|toi|to|and|va|-))?\\s(?:het\\s)?(?:ngay\\s)?${DAY}(?=\\s|$|[?.,!])`);
const byDay = new WeakMap<readonly string[], RegExp>();
/** "trước ngày 30/", "hạn chót 31/": a by-word before a day, per vocabulary list. */
const byDayOf = (byWords: readonly string[]): RegExp => {
  let re = byDay.get(byWords);
  if (!re) byDay.set(byWords, (re = new RegExp(`(?:^|\\s)(?:${byWords.map(escapeRegExp).join("|")})\\s(?:het\\s)?(?:ngay\\s)?\\d{1,2}\\/`)));
  return re;
};

/**
 * Spans of time people name instead of a quarter: "trước ngày 30/6", "hạn chót 31/3", "ba tháng cuối năm",
 * "từ tháng 4 đến hết năm", "between April and June", "after June", "trước quý 3". `monthOf` reads one month
 * token ("thang 6", "june"); `quarterOf` one quarter token ("quy 3", "q3").
 */
export function readRange(
  folded: string,
  monthOf: (token: string) => number | undefined,
  quarterOf: (token: string) => number | undefined,
  words: { firstThree: string[]; lastThree: string[]; byWords: string[] },
): AskedPeriod | undefined {
  if (words.firstThree.some((w) => folded.includes(w))) return { kind: "quarter", quarter: 1 };
  if (words.lastThree.some((w) => folded.includes(w))) return { kind: "quarter", quarter: 4 };
  const between = BETWEEN.exec(folded);
  if (between) {
    const from = monthOf(between[1]!);
    const to = /nam|year/.test(between[2]!) ? 12 : monthOf(between[2]!);
    if (from && to && to >= from) return asPeriod(range(quarterOfMonth(from), quarterOfMonth(to)));
  }
  // "October to December", "tháng 10 đến tháng 12" without a "from".
  const span = SPAN.exec(folded);
  if (span && monthOf(span[1]!) && monthOf(span[2]!) && monthOf(span[2]!)! >= monthOf(span[1]!)!) {
    return asPeriod(range(quarterOfMonth(monthOf(span[1]!)!), quarterOfMonth(monthOf(span[2]!)!)));
  }
  const after = AFTER.exec(folded);
  if (after && monthOf(after[1]!)) return asPeriod(range(quarterOfMonth(monthOf(after[1]!)!) + 1, 4));
  const afterQuarter = /(?:sau|after)\s((?:quy|q|quarter)\s?[a-z0-9]+)/.exec(folded);
  if (afterQuarter && quarterOf(afterQuarter[1]!)) return asPeriod(range(quarterOf(afterQuarter[1]!)! + 1, 4));
  const beforeQuarter = /(?:truoc|before)\s((?:quy|q|quarter)\s?[a-z0-9]+)/.exec(folded);
  if (beforeQuarter && quarterOf(beforeQuarter[1]!)) {
    const q = quarterOf(beforeQuarter[1]!)!;
    return q > 1 ? { kind: "upTo", quarter: (q - 1) as Q } : undefined;
  }
  // Two dates, both ends kept: "từ 1/7 đến 30/9" is Quý III, not everything up to September. A quarter's
  // deadline is its last day, so a range holds exactly the quarters whose last day falls inside it.
  const dates = DATES.exec(folded);
  if (dates) {
    const inside = withinDays(dayOfYear(Number(dates[1]), Number(dates[2])), dayOfYear(Number(dates[3]), Number(dates[4])));
    if (inside) return inside;
  }
  // "từ ngày 1/7 đến hết năm": from a day to the year's end.
  const toYearEnd = new RegExp(
    `(?:^|\\s)(?:tu|from)\\s(?:ngay\\s)?${DAY}\\s(?:den|toi|to|until|-)\\s(?:het\\s)?(?:the\\s)?(?:nam|cuoi nam|end of the year|year end|the year end)(?=\\s|$|[?.,!]|\\s\\d{4})`,
  ).exec(folded);
  if (toYearEnd) {
    const inside = withinDays(dayOfYear(Number(toYearEnd[1]), Number(toYearEnd[2])), dayOfYear(31, 12));
    if (inside) return inside;
  }
  // A day and month ("30/6", "ngày 31/3/2023"), not a document number ("123/QĐ-UBND").
  // In a report ("QĐ 123/QĐ-UBND ngày 10/3") the date is the document's, not a period asked about.
  const documentDate = /\d\/[a-z]/.test(folded);
  const date = documentDate ? null : /(?:^|\s)(?:ngay\s)?(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?(?=\s|$|[?.,!])/.exec(folded);
  if (date && Number(date[2]) >= 1 && Number(date[2]) <= 12) {
    const quarter = quarterOfMonth(Number(date[2]));
    const by = byDayOf(words.byWords).test(folded);
    if (!by) return { kind: "quarter", quarter, from: "month", month: Number(date[2]) };
    return upToDay(Number(date[1]), Number(date[2]));
  }
  return undefined;
}

export interface CountedMonths {
  fromStart: string[];
  toEnd: string[];
  countWords: Record<string, number>;
}

/**
 * "9 tháng đầu năm" is every deadline up to 30/9 (Quý I–III); "4 tháng cuối năm" the quarters from September
 * on. `{n}` in a pattern is the number of months, as digits or a word.
 */
export function countedMonthsReader(words: CountedMonths): (folded: string) => AskedPeriod | undefined {
  const n = `(1[0-2]|[1-9]|${Object.keys(words.countWords).map(escapeRegExp).join("|") || "\\d"})`;
  const pattern = (list: string[]) => (list.length ? new RegExp(`(?:^|\\s)(?:${list.map((p) => escapeRegExp(p).replace("\\{n\\}", n)).join("|")})(?=\\s|$|[?.,!])`) : undefined);
  const fromStart = pattern(words.fromStart);
  const toEnd = pattern(words.toEnd);
  const count = (m: RegExpExecArray) => {
    const w = m.slice(1).find((x) => x !== undefined)!;
    return /^\d+$/.test(w) ? Number(w) : (words.countWords[w] ?? 0);
  };
  return (folded) => {
    const first = fromStart?.exec(folded);
    if (first) {
      const months = count(first);
      if (months >= 1 && months <= 12) return upToDay(lastDayOf(months), months);
    }
    const last = toEnd?.exec(folded);
    if (last) {
      const months = count(last);
      if (months >= 1 && months <= 12) return asPeriod(range(quarterOfMonth(13 - months), 4));
    }
    return undefined;
  };
}
