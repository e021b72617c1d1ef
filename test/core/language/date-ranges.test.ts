import { describe, expect, it } from "vitest";
import { createPeriodReader } from "../../../src/core/language/periods.js";
import { fold } from "../../../src/core/language/normalise.js";
import { planPeriodsOf } from "../../../src/core/plan/periods.js";
import { language, testBot } from "../../helpers/bot.js";

// A quarter's deadline is its last day: a range [start, end] holds the quarters whose last day falls inside
// it, and "trước ngày X" the quarters that end on or before X. Checked on the reader alone (no plan wording)
// and on the seed plan's tasks.
const reader = createPeriodReader(language.vocabulary.periods);
const periodsOf = (q: string, english = false) => {
  const p = reader.read(fold(q), 5, english);
  return p ? planPeriodsOf(p) : [];
};

describe("date ranges with both ends", () => {
  it.each([
    ["từ 1/4 đến 30/6", ["Q2"]],
    ["từ ngày 01/04/2023 đến ngày 30/06/2023", ["Q2"]],
    ["trong khoảng 1/4 - 30/6", ["Q2"]],
    ["giữa 1/7 và 30/9", ["Q3"]],
    ["từ 1/7 đến 30/9", ["Q3"]],
    ["từ 15/2 đến 15/5", ["Q1"]],
    ["từ 1/4 đến 31/12", ["Q2", "Q3", "Q4"]],
    ["trước ngày 1/7", ["Q1", "Q2"]],
    ["trước ngày 30/6/2023", ["Q1", "Q2"]],
    ["hạn chậm nhất 15/8", ["Q1", "Q2"]],
    ["trước ngày 1/10", ["Q1", "Q2", "Q3"]],
    ["đến hết ngày 30/9/2023", ["Q1", "Q2", "Q3"]],
    ["đến hết tháng 8", ["Q1", "Q2"]],
    ["9 tháng đầu năm", ["Q1", "Q2", "Q3"]],
    ["chín tháng đầu năm 2023", ["Q1", "Q2", "Q3"]],
    ["the first nine months", ["Q1", "Q2", "Q3"]],
    ["4 tháng cuối năm", ["Q3", "Q4"]],
    ["đến hết tháng 9", ["Q1", "Q2", "Q3"]],
    ["no later than 30/6", ["Q1", "Q2"]],
    ["từ ngày 1 tháng 4 đến ngày 30 tháng 6", ["Q2"]],
  ])("%s → %j", (q, expected) => {
    expect(periodsOf(q)).toEqual(expected);
  });

  it.each([
    ["between 1 July and 31 December", ["Q3", "Q4"]],
    ["from April 1st to June 30th", ["Q2"]],
    ["before July 1", ["Q1", "Q2"]],
    ["between 1 July and 31 December 2023", ["Q3", "Q4"]],
    ["from 15 April to 30 September", ["Q2", "Q3"]],
  ])("English: %s → %j", (q, expected) => {
    expect(periodsOf(q, true)).toEqual(expected);
  });

  it("«mấy» folded is no English month in a Vietnamese question", () => {
    expect(periodsOf("chỉ tiêu 6.2 giao theo công văn số 5 mấy")).toEqual([]);
  });

  it("on the seed plan: a range or a 'before' date lists exactly the tasks due inside it", async () => {
    const { ask } = testBot();
    const q2 = await ask("Những nhiệm vụ nào có hạn từ 1/4 đến 30/6?");
    expect(q2.tasks).toEqual(["5", "7", "9", "10", "10.1", "10.2", "18", "21", "26", "27"]);
    const q3 = await ask("Từ 1/7 đến 30/9 có những nhiệm vụ nào đến hạn?");
    expect(q3.tasks).toEqual(["6", "8", "15", "22"]);
    const before = await ask("Nhiệm vụ nào phải xong trước ngày 1/7?");
    expect(before.tasks).toContain("1");
    expect(before.tasks).toContain("27");
    for (const q3task of ["6", "8", "15", "22"]) expect(before.tasks).not.toContain(q3task);
  });
});
