import type { Lang } from "../message.js";
import type { Plan } from "../plan/plan.js";
import { dmy } from "../render/dates.js";
import { planClock } from "../reminders/plan-clock.js";

/** The instant standings are computed for, and how a reply says it. */
export interface AsOf {
  at: Date;
  /** "tính đến 03/12/2023" (plus the shift, when the real year is not the plan's year). */
  label: string;
}

/**
 * One "today" for chat, reports and the reminders digest: the plan clock. A 2023 plan read in 2026
 * is measured as of the same day in 2023, and the reply says so, exactly as the digest does.
 */
export function asOf(plan: Plan, now: Date, timezone: string, lang: Lang): AsOf {
  const clock = planClock(now, plan.data.year, timezone);
  const date = dmy(clock.date);
  const shift = clock.shifted
    ? lang === "en"
      ? `; plan year ${clock.year}: today ${dmy(clock.today)} counts as ${date}`
      : `; Kế hoạch năm ${clock.year}: hôm nay ${dmy(clock.today)} được tính như ${date}`
    : "";
  return { at: clock.at, label: `${lang === "en" ? "as of" : "tính đến"} ${date}${shift}` };
}
