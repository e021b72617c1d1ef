import { describe, expect, it } from "vitest";
import { bestClause } from "../../../src/core/render/quote.js";
import { plan, testBot } from "../../helpers/bot.js";

// A quote must reach the name or figure asked for: it keeps going past the question's own words to the end
// of the phrase after them, and a duty passage names who it is assigned to.
describe("body quotes contain what was asked", () => {
  it("a long clause is quoted past the question's words (text not from any plan)", () => {
    const text =
      "Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương có liên quan trong việc rà soát, tổng hợp, đánh giá toàn diện tình hình thực hiện các nhiệm vụ được giao trong năm, xây dựng dự thảo báo cáo kết quả thực hiện và gửi báo cáo định kỳ về Cục Quản lý Thị trường Khu vực phía Nam trước ngày 15 của tháng cuối quý, kèm theo số liệu chi tiết.";
    expect(bestClause(text, "báo cáo định kỳ gửi về cơ quan nào?")).toContain("Cục Quản lý Thị trường Khu vực phía Nam");
  });

  it("every long clause of the loaded plan's body, asked by the words just before its 220th character, quotes the words after them", () => {
    const wrong: string[] = [];
    for (const p of plan.passages) {
      for (const clause of p.text.split(/(?<=[.;])\s+/)) {
        const words = [...clause.matchAll(/\S+/g)];
        const at = words.findIndex((m) => m.index! > 215);
        if (at < 4 || at + 2 > words.length) continue;
        const asked = words.slice(at - 4, at).map((m) => m[0].replace(/[,;.:]/g, ""));
        const want = words[at]![0].replace(/[,;.:]+$/, "");
        const quote = bestClause(clause, `${asked.join(" ")} là gì?`);
        if (!quote.includes(want)) wrong.push(`${p.id}: «${asked.join(" ")}» → ${quote.slice(-60)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ["Sở Nội vụ tổng hợp báo cáo kết quả thực hiện kế hoạch gửi những cơ quan nào?", "Bộ Nội vụ"],
    ["Các cơ quan thực hiện chế độ báo cáo định kỳ theo những kỳ nào?", "06 tháng"],
    ["Cơ quan nào phải xây dựng chuyên trang, chuyên mục về cải cách hành chính?", "Đài Phát thanh và Truyền hình"],
  ])("seed plan: %s → says «%s»", async (q, fact) => {
    const { ask } = testBot();
    expect((await ask(q)).text).toContain(fact);
  });
});
