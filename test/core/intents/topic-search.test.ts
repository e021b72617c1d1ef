import { describe, expect, it } from "vitest";
import { fold } from "../../../src/core/language/normalise.js";
import { createEntityReader } from "../../../src/core/language/entities.js";
import { language, plan, testBot } from "../../helpers/bot.js";

const reader = createEntityReader(plan, language.vocabulary);

// A task named by its subject (words of its title, with or without diacritics) is found and ranked first.
describe("tasks found by their subject words", () => {
  const { ask } = testBot();

  it("every task of the loaded plan, asked by the opening of its title (accented and folded) or its short name, comes first", async () => {
    const wrong: string[] = [];
    for (const t of plan.tasks) {
      const words = t.title.replace(/[“”"]/g, "").split(/\s+/);
      const subject = words.slice(0, 10).join(" ");
      // A title that names an agency ("… của Ban Chỉ đạo …") reads as that agency: left out.
      if (reader.read(subject, 5).agencies.length) continue;
      for (const q of [`Ai chủ trì ${subject}?`, `${fold(subject)} han khi nao`, `${t.short} do ai làm`]) {
        const a = await ask(q);
        if (a.tasks[0] !== t.id) wrong.push(`${t.id}: ${q} → ${a.intent} ${JSON.stringify(a.tasks)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ["SIPAS năm 2022 công bố khi nào", "1.1"],
    ["cong bo ket qua danh gia chi so cai cach han khi nao", "1.1"],
    ["Danh mục dịch vụ công và khung giá dịch vụ sự nghiệp công do ai làm", "22"],
    ["Ai chủ trì công bố kết quả PAR INDEX?", "1.1"],
    ["ket noi thong tin thue dat dai ai lam", "24"],
  ])("seed plan: %s → task %s first", async (q, id) => {
    expect((await ask(q)).tasks[0]).toBe(id);
  });

  it("a theme's list puts the row the question names best first", async () => {
    const a = await ask("các nhiệm vụ về chuyển đổi số tại Văn phòng UBND tỉnh");
    expect(a.intent).toBe("topic");
    expect(a.tasks[0]).toBe("27");
  });
});
