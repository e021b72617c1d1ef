import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { createReminderTick } from "../../../src/adapters/scheduler/reminder-tick.js";
import { createScheduler } from "../../../src/adapters/scheduler/scheduler.js";
import { claim, digestKey } from "../../../src/core/reminders/ledger.js";
import { emptyState } from "../../../src/core/state.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { TZ, calendar, channel, recordingOutbound, reply, vn } from "../../core/reminders/support.js";

describe("reminder tick wired to the scheduler", () => {
  it("catches up at start, recovers an interrupted send, reads channels live and sends nudges once a week", async () => {
    const added = vn("2023-05-08").toISOString();
    const store = createMemoryStore({ ...emptyState(), channels: [channel("slack:C1", added), channel("zalo:G2", added)] });
    // The previous process crashed while sending zalo:G2's digest for week 20.
    const key = digestKey("zalo:G2", "0 8 * * 1", "2023-W20");
    await store.update((d) => claim(d, [{ key, channel: "zalo:G2", kind: "digest", slot: vn("2023-05-15", 8).toISOString(), catchUp: false }], vn("2023-05-15", 8)));
    const out = recordingOutbound();
    const picked: string[] = [];
    const clock = {
      t: vn("2023-05-17", 10),
      now() {
        return this.t;
      },
    };
    const tick = createReminderTick({
      store,
      send: out.send,
      calendar,
      timezone: TZ,
      logger: silentLogger,
      compose: (ch, slot) => [reply(`Tuần ${slot.period} – ${ch.channel}`)],
      nudges: {
        pick: (now) => (picked.push(now.toISOString()), [{ user: "slack:U7", task: "2.1" }]),
        compose: (user, tasks) => [reply(`Nhắc ${user} về ${tasks.join(", ")}`, tasks)],
      },
    });
    const scheduler = createScheduler({ clock, logger: silentLogger, pattern: "0 0 1 1 *", tick });
    await scheduler.start();
    expect(out.sent.map((s) => `${s.address} ${s.reply.text}`)).toEqual(["slack:C1 (gửi bù) Tuần 2023-W20 – slack:C1", "zalo:G2 (gửi lại) Tuần 2023-W20 – zalo:G2", "slack:U7 Nhắc slack:U7 về 2.1"]);
    await store.update((d) => void d.channels.push(channel("console:local", vn("2023-05-21").toISOString())));
    for (const t of [vn("2023-05-17", 11), vn("2023-05-19", 9), vn("2023-05-22", 8)]) {
      clock.t = t;
      await scheduler.runNow();
    }
    await scheduler.stop();
    expect(out.sent.slice(3).map((s) => `${s.address} ${s.reply.text}`)).toEqual([
      "slack:C1 Tuần 2023-W21 – slack:C1",
      "zalo:G2 Tuần 2023-W21 – zalo:G2",
      "console:local Tuần 2023-W21 – console:local",
      "slack:U7 Nhắc slack:U7 về 2.1",
    ]);
    expect(picked).toHaveLength(4);
  });
});
