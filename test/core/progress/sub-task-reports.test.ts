import { describe, expect, it } from "vitest";
import { rosteredBot } from "../../helpers/bot.js";

// A sub-task's number ("10.1", "1.1") is the task the report is about, never the date of a document.
const setup = () =>
  rosteredBot(
    [
      ["console:snv", "so-noi-vu"],
      ["console:kh", "so-khdt"],
    ],
    { at: "2023-07-05T10:00:00+07:00" },
  );

describe("reports on a sub-task", () => {
  it("does not read «10.1» as 10 January", async () => {
    const { ask, store } = setup();
    const r = await ask("nhiệm vụ 10.1 đang làm được 30%", "console:snv");
    expect(r).toMatchObject({ intent: "progress_update", tasks: ["10.1"] });
    expect(r.text).toContain("Đang thực hiện 30%.");
    expect(r.text).not.toContain("10/01/2023");
    expect(store.read((s) => s.records[0]?.evidence)).toBeUndefined();
  });

  it("asks for the document of «task 1.1 done» instead of judging it on time by 1 January", async () => {
    const { ask, store } = setup();
    const r = await ask("task 1.1 done", "console:kh");
    expect(r).toMatchObject({ intent: "progress_update", tasks: ["1.1"] });
    expect(r.text).not.toContain("01/01/2023");
    expect(r.text).toContain("Send its number and date");
    const doc = await ask("Decision No. 321/QD-UBND dated 25/3/2023", "console:kh");
    expect(doc).toMatchObject({ intent: "progress_update", tasks: ["1.1"] });
    expect(doc.text).toContain("Due 31/03/2023: done on time (by the document's date 25/03/2023).");
    expect(store.read((s) => s.records.at(-1))).toMatchObject({ ref: 1, evidence: { number: "321/QD-UBND", date: "2023-03-25" } });
  });

  it("still reads a dotted date the report writes as one: «ngày 5.3.2023», «ngày 5.3»", async () => {
    const { ask, store } = setup();
    await ask("nhiệm vụ 10.1 đã hoàn thành, Kế hoạch số 12/KH-BCĐ ngày 5.3.2023", "console:snv");
    await ask("nhiệm vụ 18 đã hoàn thành, QĐ số 13/QĐ-UBND ngày 6.3", "console:snv");
    expect(store.read((s) => s.records.map((r) => r.evidence?.date))).toEqual(["2023-03-05", "2023-03-06"]);
  });
});
