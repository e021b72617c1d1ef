import { describe, expect, it } from "vitest";
import { rosteredBot } from "../../helpers/bot.js";

// While the bot waits for a report's document, the person may ask something else first: the question is
// answered as a question, and the document sent after it still goes to that report.
const setup = () =>
  rosteredBot(
    [
      ["zalo:tp", "so-tu-phap"],
      ["zalo:nv", "so-noi-vu"],
    ],
    { at: "2023-03-28T14:05:00+07:00" },
  );

describe("the document question survives a question in between", () => {
  it("attaches the document sent after a question about the deadline", async () => {
    const { ask, store } = setup();
    const grp = { channel: "zalo:grp" };
    expect((await ask("nhiệm vụ 11 đã hoàn thành", "zalo:tp", grp)).text).toContain("Bạn gửi số và ngày văn bản");
    const due = await ask("hạn nhiệm vụ 11 là khi nào?", "zalo:tp", grp);
    expect(due.intent).toBe("task");
    expect(due.text).toContain("Quý I (hạn 31/03/2023)");
    const open = await ask("quý 1 còn bao nhiêu nhiệm vụ chưa hoàn thành?", "zalo:tp", grp);
    expect(open.text).toMatch(/^\d+ nhiệm vụ chưa hoàn thành/);
    expect(open.tasks).not.toContain("11");
    // Another person's document in the same group is not this report's.
    expect((await ask("QĐ số 99/QĐ-UBND ngày 27/3/2023", "zalo:nv", grp)).tasks).not.toContain("11");
    const doc = await ask("QĐ số 101/QĐ-UBND ngày 20/3/2023", "zalo:tp", grp);
    expect(doc).toMatchObject({ intent: "progress_update", tasks: ["11"] });
    expect(doc.text).toContain("Hạn 31/03/2023: hoàn thành đúng hạn (theo ngày văn bản 20/03/2023).");
    expect(store.read((s) => s.records.filter((r) => r.task === "11").map((r) => [r.seq, r.ref, r.evidence?.number]))).toEqual([
      [1, undefined, undefined],
      [2, 1, "101/QĐ-UBND"],
    ]);
    expect(store.read((s) => s.pending.filter((p) => p.key.endsWith("|zalo:tp")))).toEqual([]);
  });

  it("ends the question on another report, as before", async () => {
    const { ask, store } = setup();
    await ask("nhiệm vụ 11 đã hoàn thành", "zalo:tp");
    await ask("nhiệm vụ 12 đang thực hiện 50%", "zalo:tp");
    expect(store.read((s) => s.pending)).toEqual([]);
  });
});
