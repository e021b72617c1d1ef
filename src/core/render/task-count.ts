import type { Lang } from "../message.js";
import type { Task } from "../plan/schema.js";

/**
 * How many tasks a list holds, the way the plan counts them ("TỔNG CỘNG: 27 NHIỆM VỤ"): a sub-row (1.1, 10.2)
 * listed with its parent is part of that task, not one more; `note` names those sub-rows for the head.
 */
export function taskCount(tasks: readonly Task[], lang: Lang): { n: number; note: string } {
  const listed = new Set(tasks.map((t) => t.id));
  const subs = tasks.filter((t) => t.parent !== undefined && listed.has(t.parent)).map((t) => t.id);
  const note = !subs.length ? "" : lang === "en" ? ` (plus sub-task${subs.length > 1 ? "s" : ""} ${subs.join(", ")})` : ` (kèm việc con ${subs.join(", ")})`;
  return { n: tasks.length - subs.length, note };
}
