import { describe, expect, it } from "vitest";
import { rosteredBot } from "../../helpers/bot.js";

// What blocks a task is kept whichever language or word order the report uses.
describe("the reason a task is blocked", () => {
  it("keeps an English blocker after «blocked», «stuck» or «on hold»", async () => {
    const { ask, store } = rosteredBot([["slack:UTT", "so-tttt"]], { at: "2023-07-05T10:00:00+07:00" });
    const r = await ask("task 25 blocked, waiting for budget approval", "slack:UTT");
    expect(r.text).toContain("Blocked (blocked by: waiting for budget approval)");
    await ask("task 23 is stuck on the data from the tax office", "slack:UTT");
    await ask("task 4 on hold: no printing budget", "slack:UTT");
    expect(store.read((s) => s.records.map((x) => [x.status, x.reason]))).toEqual([
      ["blocked", "waiting for budget approval"],
      ["blocked", "the data from the tax office"],
      ["blocked", "no printing budget"],
    ]);
    expect((await ask("which tasks are blocked?", "slack:UTT")).tasks).toEqual(["4", "23", "25"]);
  });

  it("keeps a Vietnamese blocker after the status words", async () => {
    const { ask, store } = rosteredBot([["zalo:tp", "so-tu-phap"]], { at: "2023-04-10T09:00:00+07:00" });
    await ask("nhiệm vụ 12 đang làm, được 60%, vướng kinh phí", "zalo:tp");
    await ask("nv 11 bị vướng, chưa có ý kiến của Sở Nội vụ", "zalo:tp");
    expect(store.read((s) => s.records.map((x) => [x.status, x.percent, x.reason]))).toEqual([
      ["blocked", 60, "kinh phí"],
      ["blocked", undefined, "chưa có ý kiến của Sở Nội vụ"],
    ]);
  });
});
