import type { Target, TargetValue } from "../plan/schema.js";
import type { ProgressRecord, State } from "../state.js";
import { targetValues } from "./records.js";

export type Verdict = "met" | "not_met" | "no_data";

export const VERDICT_VI: Record<Verdict, string> = { met: "đạt", not_met: "chưa đạt", no_data: "chưa có số liệu" };
export const VERDICT_EN: Record<Verdict, string> = { met: "met", not_met: "not met", no_data: "no data yet" };

const number = (text: string | null | undefined) => {
  const m = /(\d+(?:[.,]\d+)?)\s*%/.exec(text ?? "");
  return m ? Number(m[1]!.replace(",", ".")) : undefined;
};

/**
 * Numeric goals are compared as numbers (28% against 35%: chưa đạt); goals in words ("Nhóm Tốt",
 * "Cải thiện vị trí") are judged by the reporter's own words ("đạt", "không đạt", "chưa đạt").
 */
export function judge(goal: TargetValue | undefined, record: ProgressRecord | undefined): Verdict {
  if (!record?.value) return "no_data";
  const want = number(goal?.value);
  const got = number(record.value);
  if (want !== undefined && got !== undefined) return got >= want ? "met" : "not_met";
  const words = `${record.value} ${record.note ?? ""}`.toLowerCase().normalize("NFC");
  if (/(không|chưa|not)\s*(đạt|met)/u.test(words)) return "not_met";
  return /đạt|met|achieved|nhóm tốt/u.test(words) ? "met" : "no_data";
}

/** Latest value per target part ("" for a single-value target), after undos. */
export function latestTargetValues(state: Readonly<State>): ReadonlyMap<string, ReadonlyMap<string, ProgressRecord>> {
  return targetValues(state);
}

/** The goal a reported part is measured against. */
export function goalOf(target: Target, part: string | undefined): TargetValue | undefined {
  return part ? target.values.find((v) => v.label === part) : target.values.length === 1 ? target.values[0] : undefined;
}
