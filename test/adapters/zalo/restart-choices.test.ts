import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { createTestBot, eventually, harnessPool, textUpdate } from "./support.js";

const start = harnessPool();

describe("Zalo numbered choices", () => {
  it("survive a restart: a digit after the channel restarts still picks the choice offered before", async () => {
    const store = createMemoryStore();
    const first = await start({ mode: "polling", bot: createTestBot(), store });
    first.fake.queueUpdate(textUpdate("cho tôi chọn"));
    await eventually(() => first.fake.sent.length === 1);
    expect(first.fake.sent[0]!.text).toContain("2. Nhiệm vụ 13");
    await eventually(() => store.read((s) => s.choiceMenus?.length === 1));
    await first.channel.stop();

    const second = await start({ mode: "polling", bot: createTestBot(), store });
    second.fake.queueUpdate(textUpdate("2"));
    await eventually(() => second.fake.sent.length === 1);
    // The test bot answers "nhiệm vụ 13" with its lead; a bare "2" would be echoed back.
    expect(second.fake.sent[0]!.text).toBe("Nhiệm vụ 13 do Văn phòng UBND tỉnh chủ trì.");
    // Answering with something that offers no choices clears the menu, so a later "2" is just "2".
    await eventually(() => store.read((s) => s.choiceMenus?.length === 0));
  });
});
