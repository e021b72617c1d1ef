import { describe, expect, it } from "vitest";
import { rosteredBot } from "../../helpers/bot.js";

// A done report that names its document without a date is asked for the date once; the date sent
// next completes that document, and on-time is judged by it.
describe("a document named without its date", () => {
  it("asks for the date and attaches «ngày 18/3/2023» to the same document", async () => {
    const { ask, store } = rosteredBot([["zalo:tp", "so-tu-phap"]], { at: "2023-04-20T09:05:00+07:00" });
    const first = await ask("nhiệm vụ 12 xong rồi, đã ban hành QĐ 140/QĐ-UBND", "zalo:tp");
    expect(first.text).toContain("Hoàn thành (140/QĐ-UBND)");
    expect(first.text).toContain("Văn bản 140/QĐ-UBND ban hành ngày nào?");
    expect(first.text).not.toContain("trễ hạn");
    const date = await ask("ngày 18/3/2023", "zalo:tp");
    expect(date).toMatchObject({ intent: "progress_update", tasks: ["12"] });
    expect(date.text).toContain("Hoàn thành (140/QĐ-UBND ngày 18/03/2023)");
    expect(date.text).toContain("Hạn 31/03/2023: hoàn thành đúng hạn (theo ngày văn bản 18/03/2023).");
    expect(store.read((s) => s.records.at(-1))).toMatchObject({ ref: 1, evidence: { number: "140/QĐ-UBND", date: "2023-03-18" } });
  });
});
