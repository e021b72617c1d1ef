import { describe, expect, test } from "vitest";
import { fixedClock, testBot } from "../../helpers/bot.js";
import { fakeOpenAi, fallbackFor } from "./support.js";

const UNKNOWN = "mấy cái vụ máy tính cho anh em xã ai lo";

describe("the model is called within limits", () => {
  test("a user gets perUserPerMinute calls a minute; others are not held back; the minute slides", async () => {
    const fake = await fakeOpenAi();
    const clock = fixedClock("2023-05-15T08:00:00+07:00");
    const { fallback, logger } = fallbackFor(fake, { clock, perUserPerMinute: 2 });
    const { ask } = testBot({ fallback, clock });
    for (let i = 0; i < 4; i++) await ask(UNKNOWN, "zalo:busy");
    expect(fake.requests).toHaveLength(2);
    await ask(UNKNOWN, "slack:U2");
    expect(fake.requests).toHaveLength(3);
    clock.set("2023-05-15T08:00:59+07:00");
    await ask(UNKNOWN, "zalo:busy");
    expect(fake.requests).toHaveLength(3);
    clock.set("2023-05-15T08:01:00.001+07:00");
    await ask(UNKNOWN, "zalo:busy");
    expect(fake.requests).toHaveLength(4);
    const skipped = logger.lines.filter((l) => l.msg === "fallback call skipped");
    expect(skipped.map((l) => l.obj.reason)).toEqual(["rate_limited", "rate_limited", "rate_limited"]);
    expect(JSON.stringify(skipped)).not.toContain(UNKNOWN);
  });

  test("the daily budget stops calls until local midnight in BOT_TIMEZONE, not UTC midnight", async () => {
    const fake = await fakeOpenAi();
    // 23:30 in Hà Nội is 16:30 UTC: the local day ends before the UTC one.
    const clock = fixedClock("2023-05-15T23:30:00+07:00");
    const { fallback, logger } = fallbackFor(fake, { clock, dailyBudget: 3, timezone: "Asia/Ho_Chi_Minh" });
    const { ask } = testBot({ fallback, clock });
    for (let i = 0; i < 5; i++) await ask(UNKNOWN, `console:u${i}`);
    expect(fake.requests).toHaveLength(3);
    expect(logger.lines.filter((l) => l.obj.reason === "budget_exhausted")).toHaveLength(2);
    expect(logger.lines.at(-1)?.obj).toMatchObject({ usedToday: 3, dailyBudget: 3 });
    clock.set("2023-05-16T00:05:00+07:00"); // Same UTC day (17:05Z), next local day.
    await ask(UNKNOWN, "console:u9");
    expect(fake.requests).toHaveLength(4);
    expect(logger.lines.at(-1)?.obj).toMatchObject({ outcome: "unknown", usedToday: 1 });
  });

  test("a budget of 0 turns the model off without a single call", async () => {
    const fake = await fakeOpenAi();
    const { fallback } = fallbackFor(fake, { dailyBudget: 0 });
    const expected = await testBot().ask(UNKNOWN);
    expect(await testBot({ fallback }).ask(UNKNOWN)).toEqual(expected);
    expect(fake.requests).toHaveLength(0);
  });
});
