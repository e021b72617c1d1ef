import { describe, expect, it } from "vitest";
import { digitsForNumberWords } from "../../../src/core/language/number-words.js";
import { fold } from "../../../src/core/language/normalise.js";
import { parsePlan } from "../../../src/core/plan/load.js";
import { createAnswerer } from "../../../src/core/intents/answer.js";
import { readFileSync } from "node:fs";
import { language, testBot } from "../../helpers/bot.js";

const numbers = (text: string) => digitsForNumberWords(fold(text), language.vocabulary.numbers);

describe("everyday language", () => {
  it("reads ids written out in words, and leaves names and years alone", () => {
    expect(numbers("nhiệm vụ mười ba")).toBe("nhiem vu 13");
    expect(numbers("nhiệm vụ số hai mươi mốt")).toBe("nhiem vu so 21");
    expect(numbers("hai mươi tư")).toBe("24");
    expect(numbers("nhiệm vụ thứ mười lăm do ai chủ trì")).toBe("nhiem vu thu 15 do ai chu tri");
    expect(numbers("Sở Tư pháp có nhiệm vụ gì")).toBe("so tu phap co nhiem vu gi");
    expect(numbers("số hóa hồ sơ")).toBe("so hoa ho so");
    expect(numbers("các nhiệm vụ năm 2023")).toBe("cac nhiem vu nam 2023");
    expect(numbers("Cơ quan nào chủ trì nhiều nhiệm vụ nhất")).toBe("co quan nao chu tri nhieu nhiem vu nhat");
    expect(numbers("Tell me about task twenty-four")).toBe("tell me about task 24");
    expect(numbers("Nhiệm vụ thứ hai là gì vậy?")).toBe("nhiem vu thu 2 la gi vay");
    expect(numbers("nhiệm vụ năm nay")).toBe("nhiem vu nam nay");
    expect(numbers("giai đoạn 2023-2025")).toBe("giai doan 2023-2025");
  });

  it("answers a task asked by number words", async () => {
    const { ask } = testBot();
    expect((await ask("nhiệm vụ mười ba do ai chủ trì")).tasks).toEqual(["13"]);
    expect((await ask("số hai mươi mốt")).tasks).toEqual(["21"]);
    expect((await ask("nhiệm vụ thứ mười lăm do ai chủ trì")).tasks).toEqual(["15"]);
  });

  it("answers thanks, greetings and goodbyes, with or without diacritics, kindly and without an apology", async () => {
    const { ask } = testBot();
    for (const text of ["cảm ơn bot nhé", "cam on ban nhieu nhe", "chào bạn", "tam biet", "thanks"]) {
      const reply = await ask(text);
      expect(reply.intent, text).toBe("help");
      expect(reply.text, text).not.toMatch(/xin lỗi|sorry/i);
      expect(reply.text.length, text).toBeLessThan(200);
    }
    expect((await ask("cảm ơn bot nhé")).text).toMatch(/Không có gì/);
    expect((await ask("chao ban, ban giup duoc gi")).text).toMatch(/Bạn có thể hỏi/);
  });

  it("summarises the plan itself", async () => {
    const { ask } = testBot();
    for (const text of ["tóm tắt kế hoạch giúp mình", "kế hoạch này nói về gì", "quick summary of the plan"]) {
      const reply = await ask(text);
      expect(reply.intent, text).toBe("plan_summary");
      expect(reply.text, text).toContain("Kế hoạch cải cách hành chính tỉnh Bình Định năm 2023");
      expect(reply.text, text).toMatch(/27 (nhiệm vụ|key tasks)/);
    }
  });

  it("quotes the plan's body for questions about reporting, and far enough to hold the figure asked", async () => {
    const { ask } = testBot();
    expect((await ask("các cơ quan báo cáo CCHC theo định kỳ nào?")).text).toContain("Mục V.1.b");
    expect((await ask("Sở Nội vụ tổng hợp báo cáo gửi cho ai?")).text).toContain("Bộ Nội vụ");
    const time = await ask("lãnh đạo dành bao nhiêu phần trăm thời gian cho quản lý nhà nước");
    expect(time.text).toContain("60 - 70%");
    expect(time.text).toContain("30 - 40%");
  });

  it("finds targets by what they measure: cán bộ and công chức are told apart", async () => {
    const { ask } = testBot();
    expect((await ask("can bo cap xa co trinh do dai hoc chi tieu bao nhieu")).targets).toEqual(["5.1"]);
    expect((await ask("công chức cấp xã có trình độ đại học")).targets).toEqual(["5.2"]);
  });

  it("lists both roles when asked for lead or supporting tasks, and both the ordinal and the hyphenated id", async () => {
    const { ask } = testBot();
    const both = await ask("List every task the Department of Information and Communications is involved in, as lead or as supporting agency.");
    expect(both.tasks).toEqual(expect.arrayContaining(["4", "23", "24", "27"]));
    const lead = await ask("Which tasks does the Department of Information and Communications lead?");
    expect(lead.tasks).not.toContain("24");
    expect((await ask("Nhiệm vụ thứ hai là gì vậy?")).tasks).toEqual(["2"]);
    expect((await ask("Tell me about task twenty-four")).tasks).toEqual(["24"]);
  });

  it("keeps both ends of a date range, and answers in the question's language", async () => {
    const { ask } = testBot();
    const range = await ask("từ 1/7 đến 30/9 có những nhiệm vụ nào");
    expect(range.text).toMatch(/^Quý III\/2023/);
    expect(range.tasks).not.toContain("1");
    expect((await ask("chi tieu 7.5 the nao")).lang).toBe("vi");
    expect((await ask("What is due in Q4?")).lang).toBe("en");
  });

  it("reads another plan with the same code: number words, summary and small talk on the 2026 fixture", () => {
    const other = parsePlan(JSON.parse(readFileSync("test/fixtures/plans/plan-2026-gia-lai.json", "utf8")), "plan-2026-gia-lai.json");
    const answerer = createAnswerer(other, language);
    const first = other.tasks[0]!.id;
    const u = answerer.understand(`nhiệm vụ ${["", "một", "hai", "ba"][Number(first)] ?? first} do ai chủ trì`, 3);
    expect(u.entities.tasks).toEqual([first]);
    expect(answerer.understand("cảm ơn nhé", 3).classification.intent).toBe("smalltalk");
    const summary = answerer.answer(answerer.understand("tóm tắt kế hoạch", 3), new Date("2026-03-02T01:00:00Z"));
    expect(summary.intent).toBe("plan_summary");
    expect(summary.text).toContain(other.data.title);
  });
});
