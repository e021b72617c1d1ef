import { planSchema } from "./schema.js";
import { createPlan, type Plan } from "./plan.js";

export class PlanError extends Error {
  override name = "PlanError";
  readonly code = "PLAN_INVALID";
}

/** Checks plan data with zod; a bad row stops start-up with the row and field named. */
export function parsePlan(data: unknown, source: string): Plan {
  const parsed = planSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => {
      const path = i.path.map(String);
      const row = describeRow(data, path);
      return `  ${path.join(".")}${row}: ${i.message}`;
    });
    throw new PlanError(`The plan file ${source} is not valid:\n${issues.join("\n")}`);
  }
  return createPlan(parsed.data);
}

function describeRow(data: unknown, path: string[]): string {
  const [list, index] = path;
  if ((list === "tasks" || list === "targets" || list === "passages") && index !== undefined && data && typeof data === "object") {
    const rows = (data as Record<string, unknown>)[list];
    const row = Array.isArray(rows) ? rows[Number(index)] : undefined;
    const id = row && typeof row === "object" ? (row as { id?: unknown }).id : undefined;
    if (id !== undefined) return ` (${list.slice(0, -1)} ${String(id)})`;
  }
  return "";
}
