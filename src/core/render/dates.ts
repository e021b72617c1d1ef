import type { Lang } from "../message.js";
import type { Milestone } from "../plan/schema.js";

/** "2023-06-30" → "30/06/2023" (the way Vietnamese documents write dates). */
export function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

const ROMAN = { Q1: "Quý I", Q2: "Quý II", Q3: "Quý III", Q4: "Quý IV", year: "Cả năm" } as const;

/** A milestone as written and resolved: "Ban hành Kế hoạch: Quý I (hạn 31/03/2023)". */
export function milestoneText(m: Milestone, lang: Lang): string {
  const label = m.label ? `${m.label}: ` : "";
  if (!m.period || !m.due) return `${label}${m.asWritten}${lang === "en" ? " (no date of its own)" : " (không ghi ngày cụ thể)"}`;
  const name = ROMAN[m.period];
  return lang === "en" ? `${label}${name} (due ${dmy(m.due)})` : `${label}${name} (hạn ${dmy(m.due)})`;
}

export function milestonesText(ms: readonly Milestone[], lang: Lang): string {
  return ms.map((m) => milestoneText(m, lang)).join("; ");
}

export function quarterName(quarter: number, lang: Lang): string {
  const roman = ["I", "II", "III", "IV"][quarter - 1];
  return lang === "en" ? `Q${quarter} (Quý ${roman})` : `Quý ${roman}`;
}
