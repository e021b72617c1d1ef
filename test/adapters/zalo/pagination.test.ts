import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bubblesOf } from "../../../src/adapters/zalo/bubbles.js";
import { openFileStore } from "../../../src/adapters/lowdb/file-store.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { plan, testBot } from "../../helpers/bot.js";
import { eventually, harnessPool, textUpdate } from "./support.js";

const start = harnessPool();
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Task numbers a bubble lists ("• NV 10.1. …"). */
const taskIds = (text: string) => [...text.matchAll(/^• NV (\d+(?:\.\d+)?)\. /gm)].map((m) => m[1]!);

describe("Zalo pagination with the real bot and the lowdb store", () => {
  it("«xem tiếp» after a restart shows the tasks not yet shown, in bubbles of at most 2,000 characters", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "cchc-paging-"));
    dirs.push(dataDir);
    const store = await openFileStore({ dataDir, logger: silentLogger });
    const first = await start({ mode: "polling", ...testBot({ store }), store });
    first.fake.queueUpdate(textUpdate("Sở Nội vụ có những nhiệm vụ nào?"));
    await eventually(() => first.fake.sent.some((s) => s.text.includes("xem tiếp")));
    const page1 = first.fake.sent.map((s) => s.text).join("\n");
    expect(page1).toMatch(/Gõ «xem tiếp» để xem \d+ mục còn lại\./);
    const shown = taskIds(page1);
    expect(shown.length).toBeLessThanOrEqual(10);
    // Handled and acknowledged, so the restart does not replay the question itself.
    await eventually(() => store.read((s) => s.inbox.length === 0 && (s.more ?? []).length === 1));
    await first.close();
    await store.close();

    // A new process on the same DATA_DIR: the rest of the list is in the store, not in memory.
    const reopened = await openFileStore({ dataDir, logger: silentLogger });
    const second = await start({ mode: "polling", ...testBot({ store: reopened }), store: reopened });
    second.fake.queueUpdate(textUpdate("xem tiếp"));
    await eventually(() => second.fake.sent.length >= 1);
    await new Promise((r) => setTimeout(r, 100));
    const page2 = second.fake.sent.map((s) => s.text).join("\n");
    const next = taskIds(page2);
    expect(next.length).toBeGreaterThan(0);
    expect(next.filter((id) => shown.includes(id))).toEqual([]);
    const sent = second.fake.sent.length;
    second.fake.queueUpdate(textUpdate("tiếp"));
    await eventually(() => second.fake.sent.length > sent);
    await new Promise((r) => setTimeout(r, 100));
    const all = [page1, ...second.fake.sent.map((s) => s.text)].join("\n");
    for (const t of plan.ledBy("so-noi-vu")) expect(taskIds(all)).toContain(t.id);
    expect(all).toContain("Chỉ tiêu 5.2.");
    for (const s of [...second.fake.sent]) expect(s.text.length).toBeLessThanOrEqual(2000);
    await reopened.close();
  });

  it("«xem tiếp» with nothing left says so in one line", async () => {
    const h = await start({ mode: "polling", ...testBot() });
    h.fake.queueUpdate(textUpdate("xem tiếp", { from: "a1b2" }));
    await eventually(() => h.fake.sent.length === 1);
    expect(h.fake.sent[0]!.text).toMatch(/^Không còn mục nào để xem tiếp\./);
  });
});

describe("Zalo bubbles", () => {
  it("split between items, never inside one, and keep every item", () => {
    const items = Array.from({ length: 40 }, (_, i) => ({
      kind: "task" as const,
      id: String(i + 1),
      title: `Nhiệm vụ ${"dài ".repeat(20)}${i + 1}`,
      style: "line" as const,
      fields: [{ label: "Chủ trì", value: "Sở Nội vụ ".repeat(4) }, { value: "Quý II (hạn 30/06/2023)" }],
    }));
    const body = { intro: "Danh sách:", sections: [{ head: "Sở Nội vụ chủ trì 40 nhiệm vụ:", items }] };
    const bubbles = bubblesOf({ text: "", body, lang: "vi" });
    expect(bubbles.length).toBeGreaterThan(2);
    for (const b of bubbles) {
      expect(b.length).toBeLessThanOrEqual(2000);
      expect(b.split("\n")[0]).toMatch(/^(Danh sách:|• NV \d+\. )/);
      expect(b.split("\n").at(-1)).toMatch(/^ {3}Chủ trì: /);
    }
    expect(taskIds(bubbles.join("\n"))).toEqual(items.map((i) => i.id));
  });

  it("cut a text-only reply at blank lines, then between items of a long paragraph", () => {
    const para = (n: number) => Array.from({ length: n }, (_, i) => `• NV ${i + 1}. ${"x".repeat(60)}\n   Chủ trì: Sở ${i + 1}`).join("\n");
    const bubbles = bubblesOf({ text: `Mở đầu\n\n${para(40)}\n\nCuối` });
    for (const b of bubbles) expect(b.length).toBeLessThanOrEqual(2000), expect(b.split("\n").at(-1)).not.toMatch(/^• NV/);
    expect(bubbles.join("\n")).toContain("Cuối");
  });
});
