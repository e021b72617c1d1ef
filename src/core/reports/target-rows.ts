import type { Plan } from "../plan/plan.js";
import type { Target } from "../plan/schema.js";
import { goalOf, judge, latestTargetValues, type Verdict } from "../progress/target-values.js";
import type { State } from "../state.js";
import { reporterOf, vnDate } from "./cells.js";

export const VERDICT_LABELS: Record<Verdict, string> = { met: "Đạt", not_met: "Chưa đạt", no_data: "Chưa có số liệu" };

/** One goal of a target: a target with several goals ("cấp huyện 100%", "cấp xã 40%") has a row for each. */
export interface TargetRow {
  id: string;
  title: string;
  part: string;
  goal: string;
  value: string;
  date: string;
  reporter: string;
  verdict: Verdict;
  verdictLabel: string;
}

/** Every goal of every target with its latest reported value, judged against the goal. */
export function targetRows(plan: Plan, state: Readonly<State>, timezone: string): TargetRow[] {
  const values = latestTargetValues(state);
  return plan.targets.flatMap((x: Target) =>
    x.values.map((goal) => {
      const part = x.values.length > 1 ? (goal.label ?? "") : "";
      const r = values.get(x.id)?.get(part);
      const verdict = judge(goalOf(x, part || undefined), r);
      return {
        id: x.id,
        title: x.title.replace(/[.:]$/, ""),
        part,
        goal: goal.value ?? "—",
        value: r?.value ?? "",
        date: r ? vnDate(r.at, timezone) : "",
        reporter: r ? reporterOf(plan, state, r) : "",
        verdict,
        verdictLabel: VERDICT_LABELS[verdict],
      };
    }),
  );
}
