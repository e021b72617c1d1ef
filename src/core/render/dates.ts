import type { Lang } from "../message.js";
import type { Milestone } from "../plan/schema.js";

/** "2023-06-30" → "30/06/2023" (the way Vietnamese documents write dates). */
export function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

const ROMAN = { Q1: "Quý I", Q2: "Quý II", Q3: "Quý III", Q4: "Quý IV", year: "Cả năm" } as const;

/**
 * A milestone as the plan writes it, with what it resolves to beside it where the words do not say it:
 * "Quý I (hạn 31/03/2023)", "Trước ngày 31/7/2026 (Quý III)", "6 tháng đầu năm (Quý II, hạn 30/06/2026)",
 * "Thường xuyên (không có hạn cụ thể)".
 */
export function milestoneText(m: Milestone, lang: Lang): string {
  // A plan's milestones never change once loaded, and every list line writes its tasks' again: each is written once a language.
  let known = written.get(m);
  if (!known) written.set(m, (known = {}));
  return (known[lang] ??= writeMilestone(m, lang));
}

const written = new WeakMap<Milestone, Partial<Record<Lang, string>>>();

function writeMilestone(m: Milestone, lang: Lang): string {
  const label = m.label ? `${m.label}: ` : "";
  if (m.ongoing) return `${label}${m.asWritten}${lang === "en" ? " (ongoing, no due date)" : " (không có hạn cụ thể)"}`;
  if (!m.period || !m.due) return `${label}${m.asWritten}${lang === "en" ? " (no date of its own)" : " (không ghi ngày cụ thể)"}`;
  const name = ROMAN[m.period];
  const due = lang === "en" ? `due ${dmy(m.due)}` : `hạn ${dmy(m.due)}`;
  const written = m.asWritten.trim();
  if (plain(written) === plain(name)) return `${label}${name} (${due})`;
  const beside = [
    ...(m.period !== "year" && !/quy|quarter/.test(plain(written)) ? [lang === "en" ? `Q${m.period.slice(1)}` : name] : []),
    // A day the words already name ("31/7/2026") is not repeated; "Tháng 6/2026" names none.
    ...(/(?:^|\D)\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?(?!\d)/.test(written) ? [] : [due]),
  ];
  return `${label}${written}${beside.length ? ` (${beside.join(", ")})` : ""}`;
}

const plain = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .trim();

export function milestonesText(ms: readonly Milestone[], lang: Lang): string {
  return ms.map((m) => milestoneText(m, lang)).join("; ");
}

export function quarterName(quarter: number, lang: Lang): string {
  const roman = ["I", "II", "III", "IV"][quarter - 1];
  return lang === "en" ? `Q${quarter} (Quý ${roman})` : `Quý ${roman}`;
}
