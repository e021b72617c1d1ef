import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { claim, nudgeKey } from "../../../src/core/reminders/ledger.js";
import { runDue } from "../../../src/core/reminders/run-due.js";
import { sendNudges, type ComposeNudge, type NudgeRequest } from "../../../src/core/reminders/send-nudges.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { TZ, calendar, recordingOutbound, reply, vn } from "./support.js";

const compose: ComposeNudge = (user, tasks) => [reply(`${user}: ${tasks.join(", ")}`, tasks)];

function setup() {
  const store = createMemoryStore();
  const out = recordingOutbound();
  const nudge = (now: Date, nudges: NudgeRequest[]) => sendNudges({ now, store, send: out.send, compose, timezone: TZ, logger: silentLogger }, nudges);
  return { store, out, nudge };
}

describe("sendNudges", () => {
  it("nudges about a task at most once per ISO week, grouping a user's tasks in one message", async () => {
    const { out, nudge, store } = setup();
    const wanted = [
      { user: "slack:U1", task: "1.2" },
      { user: "slack:U1", task: "3.4" },
      { user: "zalo:Z9", task: "1.2" },
      { user: "slack:U1", task: "1.2" },
    ];
    for (let day = 15; day <= 21; day++) await nudge(vn(`2023-05-${day}`, 9), wanted);
    await nudge(vn("2023-05-17", 9), [...wanted, { user: "slack:U1", task: "5.1" }]);
    expect(out.sent.map((s) => s.reply.text)).toEqual(["slack:U1: 1.2, 3.4", "zalo:Z9: 1.2", "slack:U1: 5.1"]);
    expect(store.read((s) => s.ledger.find((e) => e.key === nudgeKey("slack:U1", "3.4", "2023-W20")))).toMatchObject({
      kind: "nudge",
      state: "sent",
      tasks: ["3.4"],
      channel: "slack:U1",
    });
    // A new ISO week (Monday 00:00 Vietnamese time) allows them again.
    await nudge(vn("2023-05-21", 23, 59), wanted);
    expect(out.sent).toHaveLength(3);
    await nudge(vn("2023-05-22", 0, 1), wanted);
    expect(out.sent).toHaveLength(5);
  });

  it("retries a failed nudge with backoff and leaves other users unaffected", async () => {
    const { out, nudge } = setup();
    out.failing.add("slack:U1");
    const wanted = [
      { user: "slack:U1", task: "1.2" },
      { user: "zalo:Z9", task: "1.2" },
    ];
    const r = await nudge(vn("2023-05-15", 9), wanted);
    expect(r.map((d) => [d.address, d.outcome])).toEqual([
      ["slack:U1", "failed"],
      ["zalo:Z9", "sent"],
    ]);
    out.failing.delete("slack:U1");
    expect(await nudge(vn("2023-05-15", 9, 0), wanted)).toEqual([]);
    await nudge(vn("2023-05-15", 9, 1), wanted);
    expect(out.sent.map((s) => s.address)).toEqual(["zalo:Z9", "slack:U1"]);
  });

  it("never resends a nudge cut off by a crash (at most once), even after recovery", async () => {
    const { out, nudge, store } = setup();
    const key = nudgeKey("slack:U1", "1.2", "2023-W20");
    await store.update((d) => claim(d, [{ key, channel: "slack:U1", kind: "nudge", slot: "2023-W20", tasks: ["1.2"] }], vn("2023-05-15", 9)));
    const r = await runDue({ now: vn("2023-05-15", 10), store, channels: [], send: out.send, compose: () => [], calendar, timezone: TZ, logger: silentLogger, recover: true });
    expect(r.recovered).toEqual([key]);
    await nudge(vn("2023-05-16", 9), [{ user: "slack:U1", task: "1.2" }]);
    expect(out.sent).toHaveLength(0);
    expect(store.read((s) => s.ledger[0]?.state)).toBe("dropped");
  });
});
