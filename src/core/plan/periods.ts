import type { Milestone, PlanPeriod } from "./schema.js";

/** A period a user asks about. "year" is the whole year; "yearLong" is the plan's own "Cả năm" cell. */
export type AskedPeriod =
  | { kind: "quarter"; quarter: 1 | 2 | 3 | 4; from?: "month"; month?: number }
  | { kind: "half"; half: 1 | 2 }
  /** "Quý 2 và quý 3": several quarters at once. */
  | { kind: "quarters"; quarters: (1 | 2 | 3 | 4)[] }
  /** "by June", "trước tháng 6": everything due up to the end of that quarter. */
  | { kind: "upTo"; quarter: 1 | 2 | 3 | 4; month?: number }
  /** `weak`: only "năm nay" / "this year", which people add to any question; it makes a due question only when nothing else is asked. */
  | { kind: "year"; weak?: boolean }
  | { kind: "yearLong" };

const QUARTERS: PlanPeriod[] = ["Q1", "Q2", "Q3", "Q4"];

/** The plan periods an asked period covers. */
export function planPeriodsOf(asked: AskedPeriod): PlanPeriod[] {
  switch (asked.kind) {
    case "quarter":
      return [QUARTERS[asked.quarter - 1]!];
    case "half":
      return asked.half === 1 ? ["Q1", "Q2"] : ["Q3", "Q4"];
    case "quarters":
      return asked.quarters.map((q) => QUARTERS[q - 1]!);
    case "upTo":
      return QUARTERS.slice(0, asked.quarter);
    case "year":
      return ["Q1", "Q2", "Q3", "Q4", "year"];
    case "yearLong":
      return ["year"];
  }
}

export function milestoneIn(milestone: Milestone, asked: AskedPeriod): boolean {
  return milestone.period !== null && planPeriodsOf(asked).includes(milestone.period);
}

export function quarterOfMonth(month: number): 1 | 2 | 3 | 4 {
  return (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** Last day of a quarter of a year, as YYYY-MM-DD. */
export function quarterEnd(year: number, quarter: 1 | 2 | 3 | 4): string {
  const month = quarter * 3;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function periodRoman(period: PlanPeriod): string {
  return { Q1: "I", Q2: "II", Q3: "III", Q4: "IV", year: "" }[period];
}
