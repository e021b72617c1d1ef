import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { createReminderTick } from "../../../src/adapters/scheduler/reminder-tick.js";
import { reminderJobs } from "../../../src/core/reminders/jobs.js";
import { emptyState } from "../../../src/core/state.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { digestSections } from "../../helpers/digest-text.js";
import { plan, testBot } from "../../helpers/bot.js";
import { calendar, channel, recordingOutbound, TZ, vn } from "./support.js";

describe("the weekly digest on a phone", () => {
  it("is a short summary with the most urgent tasks, and «xem tiếp» in that chat shows the full list by agency, once a week", async () => {
    const state = emptyState();
    state.channels.push(channel("zalo:g1", "2023-05-01T00:00:00Z"));
    state.roster.push({ user: "zalo:z9", agency: "so-noi-vu", role: "member", name: "An", addedAt: "2023-01-01T00:00:00Z" });
    const store = createMemoryStore(state);
    const out = recordingOutbound();
    const now = vn("2023-05-15", 8);
    const jobs = reminderJobs({ plan, store, clock: { now: () => now }, timezone: TZ, calendar });
    const tick = createReminderTick({ store, send: out.send, compose: jobs.compose, calendar, timezone: TZ, logger: silentLogger });
    await tick(now, { first: false });
    await tick(vn("2023-05-15", 9), { first: false });
    const digests = out.sent.filter((s) => s.reply.intent === "digest");
    expect(digests).toHaveLength(1);
    const { text, tasks } = digests[0]!.reply;
    expect(text.split("\n").length).toBeLessThanOrEqual(12);
    expect(text).toContain("Quý II/2023: 8 nhiệm vụ đến hạn (kèm việc con 10.1, 10.2)");
    expect(text).toMatch(/⚠️ Quá hạn: 14 · ⏰ Đến hạn Quý II: 10/);
    expect(text).toContain("Gấp nhất:\n• NV 1 ");
    expect(text).toContain("👥 @An");
    expect(text).toContain(`Gõ «xem tiếp» để xem đủ ${tasks.length} nhiệm vụ theo từng cơ quan.`);

    const { bot } = testBot({ store });
    const more = await bot.handle({ channel: "zalo:g1", conversation: "g1", user: "zalo:someone", text: "xem tiếp", at: vn("2023-05-15", 10) });
    expect(more.text).toContain("🏢 Sở Nội vụ — @An");
    const listed = digestSections(more.text);
    expect(new Set([...listed.overdue, ...listed.due, ...listed.stale, ...listed.completed])).toEqual(new Set(tasks));
  });
});
