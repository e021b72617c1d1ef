import { describe, expect, it } from "vitest";
import { rosteredBot } from "../../helpers/bot.js";

// A 2023 plan followed with today's clock (2026): a report is read on the same plan clock as every list
// («hôm nay 04/12/2026 được tính như 04/12/2023»), and a document date written without its year, or
// written out in words, is a date of the plan's year.
const setup = () =>
  rosteredBot(
    [
      ["zalo:tp", "so-tu-phap"],
      ["zalo:nv", "so-noi-vu"],
    ],
    { at: "2026-12-04T09:00:00+07:00" },
  );

describe("reports read on the plan clock", () => {
  it("reads «ngày 10 tháng 3 năm 2023» and a year-less «ngày 15/3» as dates of the plan", async () => {
    const { ask, store } = setup();
    await ask("nhiệm vụ 11 xong rồi", "zalo:tp");
    const words = await ask("số 123/QĐ-UBND, ngày 10 tháng 3 năm 2023", "zalo:tp");
    expect(words.text).toContain("Hoàn thành (123/QĐ-UBND ngày 10/03/2023)");
    expect(words.text).toContain("hoàn thành đúng hạn (theo ngày văn bản 10/03/2023)");
    await ask("NV12 hoàn thành", "zalo:tp");
    const short = await ask("QĐ 130/QĐ-UBND ký ngày 15/3", "zalo:tp");
    expect(short.text).toContain("hoàn thành đúng hạn (theo ngày văn bản 15/03/2023)");
    expect(store.read((s) => s.records.map((r) => r.evidence?.date).filter(Boolean))).toEqual(["2023-03-10", "2023-03-15"]);
    expect((await ask("nhiệm vụ nào hoàn thành đúng hạn?", "zalo:nv")).tasks).toEqual(["11", "12"]);
  });

  it("judges a report made today against the plan clock's today", async () => {
    const { ask } = setup();
    // Task 16 runs all year (due 31/12/2023): done «today», 04/12 on the plan clock, is on time.
    const r = await ask("nhiệm vụ 17 đã hoàn thành, QĐ số 5/QĐ-UBND", "zalo:nv");
    expect(r.text).toContain("Hạn 31/12/2023: hoàn thành đúng hạn");
    expect((await ask("nhiệm vụ nào hoàn thành đúng hạn?", "zalo:nv")).tasks).toEqual(["17"]);
    // A Quý I task done today is late, by the same clock.
    expect((await ask("nhiệm vụ 2 đã hoàn thành, QĐ số 6/QĐ-UBND", "zalo:nv")).text).toContain("Hạn 31/03/2023: hoàn thành trễ hạn");
  });

  it("does not read a percentage's digits as another task: «nv 7: 45%, khó khăn về nhân lực»", async () => {
    const { ask, store } = setup();
    const r = await ask("nv 7: 45%, khó khăn về nhân lực", "zalo:nv");
    expect(r.tasks).toEqual(["7"]);
    expect(r.text).not.toContain("Nhiệm vụ 4");
    expect(store.read((s) => s.records.map((x) => [x.task, x.status, x.percent, x.reason]))).toEqual([["7", "blocked", 45, "nhân lực"]]);
  });
});
