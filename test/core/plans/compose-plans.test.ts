import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_FILE } from "../../../src/adapters/plan-file.js";
import { composeCore } from "../../../src/compose.js";
import { loadConfig } from "../../../src/config.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { fixedClock } from "../../helpers/bot.js";
import { PLAN_2026_FILE } from "./support.js";

describe("plans kept under DATA_DIR", () => {
  it("a stored plan is there after a restart; the active plan follows an activation everywhere", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-compose-"));
    try {
      mkdirSync(join(dir, "plans"));
      copyFileSync(PLAN_2026_FILE, join(dir, "plans", "gia-lai-cchc-2026.json"));
      const config = loadConfig({ DATA_DIR: dir, BOT_ADMINS: "console:admin", LOG_LEVEL: "silent" });
      const clock = fixedClock("2026-04-01T09:00:00+07:00");
      let core = await composeCore({ config, clock, logger: silentLogger });
      const ask = (text: string) => core.bot.handle({ channel: "console:t", user: "console:admin", text, at: clock.now() });
      expect(core.plan.data.year).toBe(2023);
      expect((await ask("chuyển sang kế hoạch 2026")).text).toContain("Từ nay câu hỏi theo");
      // Parts wired once (reminders, exports, the CLI's plan command) see the new plan.
      expect(core.plan.data.year).toBe(2026);
      expect(core.plan.tasks).toHaveLength(9);
      await core.store.close();

      core = await composeCore({ config, clock, logger: silentLogger });
      expect(core.plan.data.id).toBe("gia-lai-cchc-2026");
      expect((await ask("kế hoạch 2023: ai chủ trì nhiệm vụ 13?")).text).toContain("Văn phòng UBND tỉnh");
      await core.store.close();
      // `--plan FILE` pins that plan, whatever was activated.
      core = await composeCore({ config, clock, logger: silentLogger, planFile: DEFAULT_PLAN_FILE });
      expect(core.plan.data.year).toBe(2023);
      await core.store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
