import { enablePatches, produceWithPatches } from "immer";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { forgetMore, MORE_ENTRIES, rememberMore } from "../../../src/core/paging/more.js";
import { firstPage } from "../../../src/core/paging/paginate.js";
import { emptyState } from "../../../src/core/state.js";
import { itemsOf, renderBody } from "../../../src/core/render/reply-text.js";
import { testBot } from "../../helpers/bot.js";

enablePatches();

const ask = (bot: ReturnType<typeof testBot>["bot"], text: string, conversation = "c1") =>
  bot.handle({ channel: "console:local", conversation, user: "console:a", text, at: new Date("2023-05-15T02:00:00Z") });

describe("one reply model", () => {
  it.each(["nhiệm vụ 10", "chỉ tiêu 3.4", "Quý II có những nhiệm vụ nào?", "nhóm chỉ tiêu 7", "Sở Tư pháp có nhiệm vụ gì"])("%s: the text is the body rendered", async (q) => {
    const { bot } = testBot();
    const r = await ask(bot, q);
    expect(r.body).toBeDefined();
    expect(r.text).toBe(renderBody(r.body!, r.lang));
  });

  it("a card keeps every fact as a field: cooperating agencies, product, sub-rows", async () => {
    const { bot } = testBot();
    const r = await ask(bot, "nhiệm vụ 10");
    const card = r.body!.sections[0]!.items[0]!;
    expect(card.fields?.map((f) => f.label)).toEqual(["Chủ trì", "Phối hợp", "Sản phẩm", "Thời gian"]);
    expect(card.subItems?.map((s) => s.id)).toEqual(["10.1", "10.2"]);
  });
});

describe("paging", () => {
  it("cuts between items, keeps headings on both sides and leaves nothing out", () => {
    const item = (id: string) => ({ kind: "task" as const, id, title: id });
    const body = {
      intro: "i",
      sections: [
        { head: "A:", items: ["1", "2", "3", "4", "5"].map(item), foot: "end A" },
        { head: "B:", items: ["6", "7", "8", "9", "10", "11"].map(item) },
      ],
      outro: "o",
    };
    const { page, rest, remaining } = firstPage(body);
    expect(itemsOf(page).map((i) => i.id)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(page.sections[0]!.foot).toBe("end A");
    expect(page.outro).toBeUndefined();
    expect(rest!.sections).toEqual([{ head: "B (tiếp):", items: ["9", "10", "11"].map(item) }]);
    expect(rest!.outro).toBe("o");
    expect(remaining).toBe(3);
    expect(firstPage({ sections: [{ items: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"].map(item) }] }).rest).toBeUndefined();
  });

  it("«xem tiếp» goes on per conversation until the list ends, then says there is nothing more", async () => {
    const store = createMemoryStore();
    const { bot } = testBot({ store });
    const first = await ask(bot, "Sở Nội vụ có những nhiệm vụ nào?");
    expect(first.more?.remaining).toBe(13);
    expect(first.text.endsWith("Gõ «xem tiếp» để xem 13 mục còn lại.")).toBe(true);
    // Another conversation has its own list (none).
    expect((await ask(bot, "xem tiếp", "c2")).text).toMatch(/^Không còn mục nào/);
    const second = await ask(bot, "tiếp");
    expect(second.tasks.length + second.targets.length).toBe(8);
    const third = await ask(bot, "more");
    expect(third.more).toBeUndefined();
    expect(third.targets).toEqual(["1.2", "1.3", "4", "5.1", "5.2"]);
    expect((await ask(bot, "xem tiếp")).text).toMatch(/^Không còn mục nào/);
    expect(store.read((s) => s.more ?? [])).toEqual([]);
  });

  it("remembers at most MORE_ENTRIES lists after a sweep, newest kept, and a remembered list is one entry written", () => {
    const state = emptyState();
    const body = { sections: [{ items: [{ kind: "task" as const, id: "1", title: "1" }] }] };
    const now = new Date("2023-05-15T02:00:00Z");
    for (let i = 0; i < MORE_ENTRIES + 150; i++) rememberMore(state, `k${i}`, { body, lang: "vi", intent: "list" }, new Date(now.getTime() + i * 1000));
    const kept = state.more!.map((m) => m.key);
    expect(kept.length).toBeLessThanOrEqual(MORE_ENTRIES + 100);
    expect(kept).toContain(`k${MORE_ENTRIES + 149}`);
    expect(kept).not.toContain("k0");
    // The same conversation again replaces its entry in place; forgetting one leaves the others.
    const n = kept.length;
    rememberMore(state, kept[3]!, { body, lang: "en", intent: "list" }, now);
    expect(state.more!.length).toBe(n);
    forgetMore(state, kept[3]!);
    expect(state.more!.map((m) => m.key).sort()).toEqual(kept.filter((k) => k !== kept[3]).sort());
    // What the store journals: the one entry, not the whole list of lists.
    const later = new Date(now.getTime() + 3600_000);
    const [, remembered] = produceWithPatches(state, (d) => rememberMore(d, "k-new", { body, lang: "vi", intent: "list" }, later));
    expect(remembered.map((p) => p.path)).toEqual([["more", n - 1]]);
    const [, forgotten] = produceWithPatches(state, (d) => forgetMore(d, kept[5]!));
    expect(JSON.stringify(forgotten).length).toBeLessThan(1000);
  });

  it("a new question that fits on one page ends the old list", async () => {
    const { bot } = testBot();
    await ask(bot, "Sở Nội vụ có những nhiệm vụ nào?");
    await ask(bot, "Quý II có những nhiệm vụ nào?");
    expect((await ask(bot, "xem tiếp")).text).toMatch(/^Không còn mục nào/);
  });
});
