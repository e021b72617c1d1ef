import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { startReminders } from "../../../src/adapters/scheduler/start-reminders.js";
import { emptyState } from "../../../src/core/state.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { plan } from "../../helpers/bot.js";
import { channel, recordingOutbound, vn } from "../../core/reminders/support.js";

describe("startReminders", () => {
  it("sends what is due at start-up at once, and records a failure for an address no channel handles", async () => {
    const state = emptyState();
    state.channels.push(channel("console:team", "2023-05-01T00:00:00Z"), channel("slack:C9", "2023-05-01T00:00:00Z"));
    const store = createMemoryStore(state);
    const out = recordingOutbound();
    const outbound = { handles: (a: string) => a.startsWith("console:"), send: out.send };
    const reminders = await startReminders({
      plan,
      store,
      config: { BOT_TIMEZONE: "Asia/Ho_Chi_Minh", HOLIDAYS_FILE: undefined },
      clock: { now: () => vn("2023-05-15", 8, 5) },
      logger: silentLogger,
      outbound,
    });
    await reminders.stop();
    expect(out.sent.map((s) => s.address)).toEqual(["console:team"]);
    expect(out.sent[0]?.reply.text).toMatch(/^📋 Nhắc việc CCHC — thứ Hai 15\/05\/2023 · Toàn bộ Kế hoạch/);
    const slack = store.read((s) => s.ledger.find((e) => e.channel === "slack:C9" && e.key.endsWith("2023-W20")));
    expect(slack).toMatchObject({ state: "failed", attempts: 1, error: "no running channel delivers to slack:C9" });
  });
});
