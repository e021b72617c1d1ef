import { quarterOfMonth, type AskedPeriod } from "../plan/periods.js";
import { containsPhrase } from "./normalise.js";
import { countedMonthsReader, escapeRegExp, lastDayOf, readRange, upToDay } from "./period-ranges.js";
import type { Vocabulary } from "./vocabulary.js";

export interface PeriodReader {
  /** Reads the period a folded question asks about; `nowMonth` (1-12) resolves "quý này", "tháng này". */
  read(folded: string, nowMonth: number, english: boolean): AskedPeriod | undefined;
}

export function createPeriodReader(vocabulary: Vocabulary["periods"]): PeriodReader {
  const numberOf = new Map<string, number>();
  for (const [n, list] of Object.entries(vocabulary.numberWords)) for (const w of list) numberOf.set(w, Number(n));
  const numberAlt = [...numberOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
  const quarterAlt = vocabulary.quarterWords.map(escapeRegExp).join("|");
  // "quý 2", "quy ii", "q2", "quarter 3", "second quarter", "quý cuối"
  const quarterAfter = new RegExp(`(?:^|\\s)(?:${quarterAlt})\\.?\\s?(?:thu\\s)?(${numberAlt})(?=\\s|$|[?.,!/])`, "g");
  const quarterBefore = new RegExp(`(?:^|\\s)(${numberAlt})\\s(?:quarter|qtr)(?=\\s|$)`, "g");
  // "quý 2 và quý 3", "quý 2 và 3", "Q2, Q3": every quarter named, in order, once.
  const quarterAnd = new RegExp(`(?:${quarterAlt})\\s?(${numberAlt})\\s(?:va|and|,|den|toi|-)\\s(${numberAlt})(?=\\s|$|[?.,!])`);
  const quarterNumbers = (folded: string): (1 | 2 | 3 | 4)[] => {
    const found = new Set<number>();
    for (const re of [quarterAfter, quarterBefore]) for (const m of folded.matchAll(re)) found.add(numberOf.get(m[1]!) ?? 0);
    const and = quarterAnd.exec(folded);
    if (and) for (const w of [and[1]!, and[2]!]) found.add(numberOf.get(w) ?? 0);
    return [...found].filter((n): n is 1 | 2 | 3 | 4 => n >= 1 && n <= 4).sort();
  };
  const monthNumber = new RegExp(`(?:^|\\s)(?:${vocabulary.monthWords.map(escapeRegExp).join("|")})\\s?(1[0-2]|0?[1-9])(?=\\s|$|[/?.,!])`);
  const monthNumbers = new RegExp(monthNumber.source, "g");
  const byWords = new RegExp(
    `(?:^|\\s)(?:${vocabulary.byWords.map(escapeRegExp).join("|")})\\s(?:(?:the\\s)?end\\sof\\s|het\\s|cuoi\\s)?(?:${vocabulary.monthWords.map(escapeRegExp).join("|")}\\s?(?:1[0-2]|0?[1-9])|${Object.values(vocabulary.months).flat().map(escapeRegExp).join("|")})(?=\\s|$|[?.,!])`,
  );
  const monthName: { name: string; n: number; re: RegExp; withDigit: RegExp }[] = [];
  for (const [n, list] of Object.entries(vocabulary.months)) {
    for (const name of list) {
      monthName.push({ name, n: Number(n), re: new RegExp(`(?:^|\\s)(?:in|by|before|until|of|end of|during)\\s${escapeRegExp(name)}(?=\\s|$)`), withDigit: new RegExp(`${name} \\d`) });
    }
  }
  // "tháng mười hai" before "tháng mười" and "tháng hai".
  monthName.sort((a, b) => b.name.length - a.name.length);
  const has = (folded: string, list: string[]) => list.some((p) => containsPhrase(folded, p));

  const monthOf = (token: string): number | undefined => {
    const n = /(?:thang|month)\s?(\d{1,2})/.exec(token)?.[1];
    if (n) return Number(n) >= 1 && Number(n) <= 12 ? Number(n) : undefined;
    return monthName.find((m) => m.name === token && !m.name.startsWith("thang"))?.n;
  };
  // "ngày 1 tháng 7", "1 July", "December 31st": the day and month written as "1/7", as the range reader reads them.
  const namedMonths = monthName.filter((m) => !m.name.startsWith("thang"));
  const names = namedMonths.map((m) => escapeRegExp(m.name)).join("|");
  const dayMonth = new RegExp(`(?:^|\\s)(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${names})(?=\\s|$|[?.,!])`, "g");
  const monthDay = new RegExp(`(?:^|\\s)(${names})\\s(\\d{1,2})(?:st|nd|rd|th)?(?=\\s|$|[?.,!])`, "g");
  const monthNo = (name: string) => namedMonths.find((m) => m.name === name)?.n;
  const asDates = (folded: string, english: boolean) => {
    const vi = folded.replace(/(?:^|\s)(\d{1,2})\sthang\s(\d{1,2})(?=\s|$|[?.,!])/g, " $1/$2");
    // English month names only in English ("may" is also a verb, and "mấy" folded).
    if (!english || !names) return vi;
    return vi.replace(dayMonth, (_, d: string, name: string) => ` ${d}/${monthNo(name)}`).replace(monthDay, (_, name: string, d: string) => ` ${d}/${monthNo(name)}`);
  };
  const quarterOf = (token: string): number | undefined => quarterNumbers(` ${token} `)[0];
  const countedMonths = countedMonthsReader(vocabulary.countedMonths);

  return {
    read(input, nowMonth, english) {
      const folded = asDates(input, english);
      const spanned = readRange(folded, monthOf, quarterOf, vocabulary);
      if (spanned) return spanned;
      const quarters = quarterNumbers(folded);
      if (quarters.length === 1) return { kind: "quarter", quarter: quarters[0]! };
      if (quarters.length > 1) return { kind: "quarters", quarters };
      if (has(folded, vocabulary.halfFirst)) return { kind: "half", half: 1 };
      if (has(folded, vocabulary.halfSecond)) return { kind: "half", half: 2 };
      const counted = countedMonths(folded);
      if (counted) return counted;
      if (has(folded, vocabulary.thisQuarter)) return { kind: "quarter", quarter: quarterOfMonth(nowMonth) };
      if (has(folded, vocabulary.nextQuarter)) return { kind: "quarter", quarter: Math.min(4, quarterOfMonth(nowMonth) + 1) as 1 | 2 | 3 | 4 };
      // "tháng 2 và tháng 11": every month named, as the quarters they fall in.
      const months = [...folded.matchAll(monthNumbers)].map((x) => quarterOfMonth(Number(x[1])));
      if (new Set(months).size > 1) return { kind: "quarters", quarters: [...new Set(months)].sort() };
      const m = monthNumber.exec(folded) ?? /(?:^|\s)t(1[0-2]|0?[1-9])\/\d{4}(?=\s|$|[?.,!])/.exec(folded);
      const upTo = byWords.test(folded);
      if (m) return monthPeriod(Number(m[1]), upTo);
      if (has(folded, vocabulary.thisMonth)) return monthPeriod(nowMonth);
      for (const { name, n, re, withDigit } of monthName) {
        // English month names only in English and after a preposition ("may" is also a verb).
        if (name.startsWith("thang")) {
          if (containsPhrase(folded, name) && !containsPhrase(folded, `${name} nay`) && !withDigit.test(folded)) return monthPeriod(n, upTo);
        } else if (english && re.test(folded)) {
          return monthPeriod(n, upTo);
        }
      }
      if (has(folded, vocabulary.yearLong)) return { kind: "yearLong" };
      if (has(folded, vocabulary.wholeYear)) return { kind: "year", weak: true };
      return undefined;
    },
  };
}

function monthPeriod(month: number, upTo = false): AskedPeriod {
  return upTo ? upToDay(lastDayOf(month), month) : { kind: "quarter", quarter: quarterOfMonth(month), from: "month", month };
}
