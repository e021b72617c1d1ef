import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { createReminderTick } from "../../../src/adapters/scheduler/reminder-tick.js";
import { reminderJobs } from "../../../src/core/reminders/jobs.js";
import { composeNudge, pickNudges } from "../../../src/core/reminders/nudges.js";
import { emptyState, type State } from "../../../src/core/state.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { plan } from "../../helpers/bot.js";
import { TZ, calendar, channel, recordingOutbound, vn } from "./support.js";

function state(channels: State["channels"]): State {
  const s = emptyState();
  s.roster.push(
    { user: "slack:U1", agency: "so-tu-phap", role: "member", addedAt: "2023-01-01T00:00:00Z" },
    { user: "zalo:z2", agency: "so-tai-chinh", role: "member", name: "Bình", addedAt: "2023-01-01T00:00:00Z" },
    { user: "slack:U3", role: "office", addedAt: "2023-01-01T00:00:00Z" },
    { user: "slack:U4", agency: "so-tu-phap", role: "member", addedAt: "2023-01-01T00:00:00Z" },
  );
  s.records.push({ seq: 1, kind: "report", task: "12", status: "done", user: "slack:U1", channel: "slack:D1", at: vn("2023-03-30", 9).toISOString(), text: "" });
  s.channels = channels;
  return s;
}

describe("nudges", () => {
  it("picks the rostered users of agencies whose led task is overdue or stale, for agencies some channel covers", () => {
    const now = vn("2023-05-15", 8);
    // Sở Tư pháp: 11 overdue (12 is done). Sở Tài chính: 21 due 30/06, never reported, so stale.
    expect(pickNudges(plan, state([channel("slack:C1", "2023-05-01T00:00:00Z")]), now, TZ)).toEqual([
      { user: "slack:U1", task: "11" },
      { user: "zalo:z2", task: "21" },
      { user: "slack:U4", task: "11" },
    ]);
    const bound = [{ ...channel("slack:C1", "2023-05-01T00:00:00Z"), agency: "so-tai-chinh" }];
    expect(pickNudges(plan, state(bound), now, TZ)).toEqual([{ user: "zalo:z2", task: "21" }]);
    expect(pickNudges(plan, state([]), now, TZ)).toEqual([]);
  });

  it("writes a direct message with the exact sentences to send back", () => {
    const reply = composeNudge(plan, state([]), { user: "slack:U1", tasks: ["11"], now: vn("2023-05-15", 8), timezone: TZ });
    expect(reply.tasks).toEqual(["11"]);
    expect(reply.text).toContain("🔔 Nhắc báo cáo tiến độ CCHC — Sở Tư pháp");
    expect(reply.text).toContain("• NV 11 Các kế hoạch về văn bản quy phạm pháp… — quá hạn từ 31/03, trễ 45 ngày");
    expect(reply.text).toContain("«nhiệm vụ 11 đã hoàn thành, QĐ số …/QĐ-UBND ngày …»");
    expect(reply.text).toContain("«nhiệm vụ 11 đang thực hiện 50%»");
  });

  it("runs with the digest on Monday 08:00, once a week, and never outside office hours", async () => {
    const store = createMemoryStore(state([channel("console:team", "2023-05-01T00:00:00Z")]));
    const out = recordingOutbound();
    let now = vn("2023-05-15", 7, 59);
    const jobs = reminderJobs({ plan, store, clock: { now: () => now }, timezone: TZ, calendar });
    const tick = createReminderTick({ store, send: out.send, compose: jobs.compose, calendar, timezone: TZ, logger: silentLogger, nudges: jobs.nudges });
    let raw: typeof out.sent = [];
    const at = async (date: Date) => {
      now = date;
      await tick(date, { first: false });
      raw = out.sent.splice(0);
      return raw.map((s) => `${s.address} ${s.reply.intent} ${s.reply.tasks.join(",")}`);
    };
    expect(await at(vn("2023-05-15", 7, 59))).toEqual([]);
    expect((await at(vn("2023-05-15", 8))).sort()).toEqual([
      "console:team digest 1,1.1,1.2,2,3,4,5,7,9,10,10.1,10.2,11,13,16,17,18,19,20,21,23,24,25,26,27",
      "slack:U1 nudge 11",
      "slack:U4 nudge 11",
      "zalo:z2 nudge 21",
    ]);
    for (const hour of [9, 12, 16]) expect(await at(vn("2023-05-17", hour))).toEqual([]);
    // Next Monday: the digest and the nudges again. The digest goes as text: platforms that render items drop the text.
    const next = await at(vn("2023-05-22", 8, 1));
    expect(next).toHaveLength(4);
    expect(raw.find((s) => s.reply.intent === "digest")?.reply).not.toHaveProperty("items");
    expect(store.read((s) => s.ledger.filter((e) => e.state === "sent").length)).toBe(8);
  });
});
