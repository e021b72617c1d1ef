import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { claim, digestKey, INTERRUPTED, MAX_ATTEMPTS } from "../../../src/core/reminders/ledger.js";
import { runDue, type ComposeDigest, type RunDueDeps } from "../../../src/core/reminders/run-due.js";
import { emptyState, type ChannelEntry } from "../../../src/core/state.js";
import { silentLogger } from "../../../src/ports/logger.js";
import type { Store } from "../../../src/ports/store.js";
import { TZ, calendar, channel, recordingOutbound, reply, ticks, vn } from "./support.js";

const MAY = vn("2023-05-14").toISOString();

const compose: ComposeDigest = (ch, slot, { catchUp }) => [reply(`${catchUp ? "(gửi bù) " : ""}Nhắc việc tuần ${slot.period} cho ${ch.channel}`, ["1.2"])];

/** Channels registered at `since`, so earlier weeks are not caught up. */
function setup(channels: ChannelEntry[] | string = [channel("slack:C1", vn("2023-05-14").toISOString())]) {
  if (typeof channels === "string") channels = [channel("slack:C1", channels)];
  const store = createMemoryStore();
  const out = recordingOutbound();
  const deps = (now: Date, extra: Partial<RunDueDeps> = {}): RunDueDeps => ({
    now,
    store,
    channels,
    send: out.send,
    compose,
    calendar,
    timezone: TZ,
    logger: silentLogger,
    ...extra,
  });
  return { store, out, deps };
}

function entry(store: Store, key: string) {
  return store.read((s) => s.ledger.find((e) => e.key === key));
}

async function runEvery(deps: (now: Date) => RunDueDeps, from: Date, to: Date, minutes: number) {
  const sentAt: string[] = [];
  for (const now of ticks(from, to, minutes)) {
    const r = await runDue(deps(now));
    for (const d of r.deliveries) if (d.outcome === "sent") sentAt.push(now.toISOString());
  }
  return sentAt;
}

describe("runDue", () => {
  it("sends a week's digest exactly once when called every 15 minutes over the week", async () => {
    const { store, out, deps } = setup();
    const sentAt = await runEvery(deps, vn("2023-05-14"), vn("2023-05-21", 23, 45), 15);
    expect(out.sent).toHaveLength(1);
    expect(sentAt).toEqual(["2023-05-15T01:00:00.000Z"]);
    expect(out.sent[0]?.reply.text).toBe("Nhắc việc tuần 2023-W20 cho slack:C1");
    expect(entry(store, digestKey("slack:C1", "0 8 * * 1", "2023-W20"))).toMatchObject({
      state: "sent",
      attempts: 1,
      catchUp: false,
      kind: "digest",
      tasks: ["1.2"],
      sentAt: "2023-05-15T01:00:00.000Z",
    });
  });

  it("sends nothing twice after a restart in the middle of Monday", async () => {
    const { out, deps } = setup();
    await runDue(deps(vn("2023-05-15", 8)));
    expect(out.sent).toHaveLength(1);
    // A new process: same store, recovery on, runs through the rest of the week.
    await runDue(deps(vn("2023-05-15", 12), { recover: true }));
    await runEvery(deps, vn("2023-05-15", 12, 1), vn("2023-05-21", 23), 60);
    expect(out.sent).toHaveLength(1);
  });

  it("sends one '(gửi bù)' when the bot was down across the slot, and nothing for it the week after", async () => {
    const { store, out, deps } = setup();
    await runDue(deps(vn("2023-05-14", 20)));
    // Down from Sunday evening until Wednesday 10:00.
    await runEvery((now) => deps(now, { recover: now.getTime() === vn("2023-05-17", 10).getTime() }), vn("2023-05-17", 10), vn("2023-05-21", 23, 30), 30);
    expect(out.sent.map((s) => s.reply.text)).toEqual(["(gửi bù) Nhắc việc tuần 2023-W20 cho slack:C1"]);
    expect(entry(store, digestKey("slack:C1", "0 8 * * 1", "2023-W20"))).toMatchObject({ state: "sent", catchUp: true });
    await runEvery(deps, vn("2023-05-22"), vn("2023-05-29", 9), 30);
    expect(out.sent.map((s) => s.reply.text)).toEqual(["(gửi bù) Nhắc việc tuần 2023-W20 cho slack:C1", "Nhắc việc tuần 2023-W21 cho slack:C1", "Nhắc việc tuần 2023-W22 cho slack:C1"]);
  });

  it("drops a slot missed for longer than its ISO week and records it", async () => {
    const { store, out, deps } = setup();
    await runDue(deps(vn("2023-05-14", 20)));
    const r = await runDue(deps(vn("2023-05-22", 7), { recover: true }));
    expect(out.sent).toHaveLength(0);
    expect(r.dropped).toEqual([digestKey("slack:C1", "0 8 * * 1", "2023-W20")]);
    expect(entry(store, r.dropped[0]!)).toMatchObject({ state: "dropped", attempts: 0 });
    await runEvery(deps, vn("2023-05-22", 7, 30), vn("2023-05-22", 9), 30);
    expect(out.sent.map((s) => s.reply.text)).toEqual(["Nhắc việc tuần 2023-W21 cho slack:C1"]);
  });

  it("holds the Tết Monday (23/1/2023) until Friday 27/1 08:00 and sends it once, on time", async () => {
    const { out, deps } = setup(vn("2023-01-22").toISOString());
    const sentAt = await runEvery(deps, vn("2023-01-22"), vn("2023-01-29", 23), 30);
    expect(sentAt).toEqual([vn("2023-01-27", 8).toISOString()]);
    expect(out.sent[0]?.reply.text).toBe("Nhắc việc tuần 2023-W04 cho slack:C1");
  });

  it("does not let a failing channel block another, and retries it with backoff up to a cap", async () => {
    const { store, out, deps } = setup([channel("slack:C1", MAY), channel("zalo:Z2", MAY)]);
    out.failing.add("slack:C1");
    const key = digestKey("slack:C1", "0 8 * * 1", "2023-W20");
    const attemptsAt: string[] = [];
    for (const now of ticks(vn("2023-05-15", 8), vn("2023-05-15", 12), 1)) {
      const r = await runDue(deps(now));
      if (r.deliveries.some((d) => d.address === "slack:C1")) attemptsAt.push(now.toISOString());
    }
    expect(out.sent.map((s) => s.address)).toEqual(["zalo:Z2"]);
    // First try at 08:00, then 1, 5 and 30 minutes apart, then it gives up.
    expect(attemptsAt).toEqual([vn("2023-05-15", 8), vn("2023-05-15", 8, 1), vn("2023-05-15", 8, 6), vn("2023-05-15", 8, 36)].map((d) => d.toISOString()));
    expect(entry(store, key)).toMatchObject({ state: "failed", attempts: MAX_ATTEMPTS, error: "platform_error: slack:C1 unavailable" });
  });

  it("delivers on a retry once the platform is back", async () => {
    const { store, out, deps } = setup([channel("slack:C1", MAY)]);
    out.failing.add("slack:C1");
    await runDue(deps(vn("2023-05-15", 8)));
    out.failing.delete("slack:C1");
    await runDue(deps(vn("2023-05-15", 8, 0)));
    expect(out.sent).toHaveLength(0);
    await runDue(deps(vn("2023-05-15", 8, 1)));
    await runDue(deps(vn("2023-05-15", 9)));
    expect(out.sent).toHaveLength(1);
    expect(entry(store, digestKey("slack:C1", "0 8 * * 1", "2023-W20"))).toMatchObject({ state: "sent", attempts: 2, catchUp: false });
  });

  it("times out a hanging channel without holding up the others", async () => {
    const { store, out, deps } = setup([channel("slack:C1", MAY), channel("zalo:Z2", MAY)]);
    const send = (address: string, r: Parameters<typeof out.send>[1]) => (address === "slack:C1" ? new Promise<void>(() => {}) : out.send(address, r));
    await runDue(deps(vn("2023-05-15", 8), { send, sendTimeoutMs: 30 }));
    expect(out.sent.map((s) => s.address)).toEqual(["zalo:Z2"]);
    expect(entry(store, digestKey("slack:C1", "0 8 * * 1", "2023-W20"))).toMatchObject({ state: "failed", error: "send timed out after 30 ms" });
  });

  it("resends a digest cut off by a crash once, marked '(gửi lại)', and gives up after a second crash", async () => {
    const { store, out, deps } = setup();
    const key = digestKey("slack:C1", "0 8 * * 1", "2023-W20");
    const item = { key, channel: "slack:C1", kind: "digest" as const, slot: vn("2023-05-15", 8).toISOString(), catchUp: false };
    // The first process claimed the slot (pending, written before sending) and died before marking it.
    await store.update((d) => claim(d, [item], vn("2023-05-15", 8)));
    await runDue(deps(vn("2023-05-15", 8, 5)));
    expect(out.sent).toHaveLength(0);
    const r = await runDue(deps(vn("2023-05-15", 9), { recover: true }));
    expect(r.recovered).toEqual([key]);
    expect(out.sent.map((s) => s.reply.text)).toEqual(["(gửi lại) Nhắc việc tuần 2023-W20 cho slack:C1"]);
    await runDue(deps(vn("2023-05-15", 10), { recover: true }));
    expect(out.sent).toHaveLength(1);

    const again = setup();
    await again.store.update((d) => claim(d, [item], vn("2023-05-15", 8)));
    await again.store.update((d) => {
      d.ledger[0]!.error = INTERRUPTED;
    });
    await runDue(again.deps(vn("2023-05-15", 9), { recover: true }));
    expect(again.out.sent).toHaveLength(0);
    expect(entry(again.store, key)).toMatchObject({ state: "failed", attempts: MAX_ATTEMPTS });
  });

  it("ignores slots before a channel was added, and records an empty digest without sending", async () => {
    const { out, store, deps } = setup([channel("slack:C1", vn("2023-05-15", 9).toISOString())]);
    await runEvery(deps, vn("2023-05-15", 9), vn("2023-05-21", 23), 120);
    expect(out.sent).toHaveLength(0);
    expect(store.read((s) => s.ledger)).toHaveLength(0);

    const empty = setup();
    await runDue(empty.deps(vn("2023-05-15", 8), { compose: () => [] }));
    await runDue(empty.deps(vn("2023-05-15", 9), { compose: () => [] }));
    expect(empty.out.sent).toHaveLength(0);
    expect(empty.store.read((s) => s.ledger.map((e) => [e.state, e.error]))).toEqual([["dropped", "nothing to send"]]);
  });

  it("keeps other channels going when one has a bad schedule, and adds the catch-up label if compose forgot it", async () => {
    const { out, deps } = setup([channel("slack:C1", MAY, "every monday"), channel("zalo:Z2", MAY)]);
    await runDue(deps(vn("2023-05-16", 8), { compose: () => [reply("Nhắc việc")] }));
    expect(out.sent.map((s) => [s.address, s.reply.text])).toEqual([["zalo:Z2", "(gửi bù) Nhắc việc"]]);
    expect(emptyState().ledger).toEqual([]);
  });
});
