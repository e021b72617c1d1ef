import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { emptyState } from "../../../src/core/state.js";
import { testBot } from "../../helpers/bot.js";
import { eventually, harnessPool, textUpdate } from "./support.js";

const REPORTER = "7a1b2c3d4e5f60718293";

function realBot() {
  const state = emptyState();
  state.roster.push({ user: `zalo:${REPORTER}`, agency: "so-tu-phap", role: "member", addedAt: "2023-01-02T00:00:00.000Z" });
  return testBot({ store: createMemoryStore(state) });
}

// Closes each harness after its test and checks that neither the token nor the secret reached a log line.
const start = harnessPool();

describe("Zalo channel with the real bot", () => {
  it.each(["polling", "webhook"] as const)("answers plan questions from the seed plan (%s)", async (mode) => {
    const h = await start({ mode, ...realBot() });
    const ask = (text: string) => (mode === "polling" ? h.fake.queueUpdate(textUpdate(text)) : h.fake.deliver(textUpdate(text)).then((r) => expect(r.status).toBe(200)));
    await ask("ai chủ trì nhiệm vụ 13");
    await eventually(() => h.fake.sent.length === 1);
    expect(h.fake.sent[0]!.text).toContain("Văn phòng UBND tỉnh");
    await ask("nhiệm vụ của Sở Tư pháp");
    await eventually(() => h.fake.sent.length === 2);
    expect(h.fake.sent[1]!.text).toMatch(/Sở Tư pháp chủ trì/);
    for (const s of h.fake.sent) expect(s.text.length).toBeLessThanOrEqual(2000);
  });

  it("stores and confirms a progress report from a rostered user", async () => {
    const { bot, store } = realBot();
    const h = await start({ mode: "polling", bot, store });
    h.fake.queueUpdate(textUpdate("nhiệm vụ 11 đã hoàn thành, QĐ số 123/QĐ-UBND ngày 10/3/2023", { from: REPORTER }));
    await eventually(() => h.fake.sent.length >= 1);
    const records = store.read((s) => s.records.filter((r) => r.kind === "report"));
    expect(records).toEqual([expect.objectContaining({ task: "11", user: `zalo:${REPORTER}`, channel: `zalo:${REPORTER}` })]);
    expect(h.fake.sent.map((s) => s.text).join("\n")).toMatch(/Đã ghi nhận nhiệm vụ 11/);
    // The person by the name Zalo gives, never the raw id; kept in the roster for digests.
    expect(h.fake.sent.map((s) => s.text).join("\n")).toMatch(/Người báo cáo: Ted · Sở Tư pháp/);
    expect(h.fake.sent.map((s) => s.text).join("\n")).not.toContain(REPORTER);
    expect(store.read((s) => s.roster.find((r) => r.user === `zalo:${REPORTER}`)?.name)).toBe("Ted");
  });
});
