import { mkdir, open, rename, rm } from "node:fs/promises";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { PlanError } from "../core/plan/load.js";
import type { Plan } from "../core/plan/plan.js";
import type { Logger } from "../ports/logger.js";
import type { PlanStorage } from "../ports/plan-storage.js";
import { loadPlanFile } from "./plan-file.js";

/** DATA_DIR/plans: one JSON file per plan activated in chat. */
export const plansDir = (dataDir: string) => join(dataDir, "plans");

const fileName = (id: string) => `${id.replace(/[^a-zA-Z0-9-]+/g, "-").slice(0, 80) || "plan"}.json`;

/** Writes each plan whole: a temporary file, fsynced, then renamed over the old one, so no half plan is ever read. */
export function filePlanStorage(dir: string): PlanStorage {
  return {
    async save(data) {
      await mkdir(dir, { recursive: true });
      const path = join(dir, fileName(data.id));
      const tmp = `${path}.tmp-${process.pid}`;
      try {
        const handle = await open(tmp, "w");
        try {
          await handle.writeFile(`${JSON.stringify(data, null, 1)}\n`, "utf8");
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(tmp, path);
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
    },
  };
}

/** The plans stored there; one that no longer loads is skipped with a warning, never stopping the bot. */
export function loadStoredPlans(dir: string, logger: Logger): Plan[] {
  if (!existsSync(dir)) return [];
  const plans: Plan[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    try {
      plans.push(loadPlanFile(join(dir, file)));
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      logger.warn({ file, err: error.message }, "a stored plan does not load; it is left out");
    }
  }
  return plans;
}
