import { fold, containsPhrase } from "../language/normalise.js";
import { quarterOfMonth, type AskedPeriod } from "../plan/periods.js";
import type { PlanPeriod } from "../plan/schema.js";

/** The periods Sở Nội vụ reports on: a quarter, a half year or the whole year. */
export const REPORT_PERIODS = ["q1", "q2", "q3", "q4", "h1", "h2", "year"] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export function isReportPeriod(value: string): value is ReportPeriod {
  return (REPORT_PERIODS as readonly string[]).includes(value);
}

export function askedOf(period: ReportPeriod): AskedPeriod {
  if (period === "year") return { kind: "year" };
  if (period === "h1" || period === "h2") return { kind: "half", half: period === "h1" ? 1 : 2 };
  return { kind: "quarter", quarter: Number(period[1]) as 1 | 2 | 3 | 4 };
}

/** Columns of the by-period breakdown: the quarters a period spans, plus the plan's "Cả năm" cell for the year. */
export function bucketsOf(period: ReportPeriod): PlanPeriod[] {
  if (period === "year") return ["Q1", "Q2", "Q3", "Q4", "year"];
  if (period === "h1") return ["Q1", "Q2"];
  if (period === "h2") return ["Q3", "Q4"];
  return [period.toUpperCase() as PlanPeriod];
}

const TITLES: Record<ReportPeriod, string> = { q1: "Quý I năm", q2: "Quý II năm", q3: "Quý III năm", q4: "Quý IV năm", h1: "6 tháng đầu năm", h2: "6 tháng cuối năm", year: "năm" };

/** "Quý II năm 2023", "6 tháng đầu năm 2023", "năm 2023" (read after "Báo cáo"). */
export function periodTitle(period: ReportPeriod, year: number): string {
  return `${TITLES[period]} ${year}`;
}

/**
 * The report period a chat message asks for. "báo cáo 6 tháng" names no half ("6 tháng" alone is not a
 * period word, since "6 tháng cuối năm" must stay the second half), so it is read here as the first half.
 */
export function reportPeriodOf(asked: AskedPeriod | undefined, text: string, nowMonth: number): ReportPeriod {
  switch (asked?.kind) {
    case "quarter":
      return `q${asked.quarter}`;
    case "half":
      return asked.half === 1 ? "h1" : "h2";
    case "upTo":
      return asked.quarter === 1 ? "q1" : asked.quarter === 2 ? "h1" : "year";
    case "quarters":
      return asked.quarters.join() === "1,2" ? "h1" : asked.quarters.join() === "3,4" ? "h2" : "year";
    case "year":
    case "yearLong":
      return "year";
  }
  const folded = fold(text);
  if (["6 thang", "sau thang", "half year", "half-year"].some((p) => containsPhrase(folded, p))) return "h1";
  if (["nam", "ca nam", "hang nam", "year", "annual", "yearly"].some((p) => containsPhrase(folded, p))) return "year";
  return `q${quarterOfMonth(nowMonth)}`;
}
