import type { PlanData } from "../core/plan/schema.js";

/** Where plans activated in chat are kept (DATA_DIR/plans/<id>.json), so they are there after a restart. */
export interface PlanStorage {
  /** Writes the whole plan at once; resolves once it is durable. */
  save(data: PlanData): Promise<void>;
}
