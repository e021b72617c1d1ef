import { describe, expect, it } from "vitest";
import { rosteredBot } from "../../helpers/bot.js";

// A done report and the document sent after "which document?" are one report to the person who sent
// them: «hoàn tác» right after takes back both, and only that person's.
const setup = () =>
  rosteredBot(
    [
      ["slack:UTT", "so-tttt"],
      ["slack:UVP", "vp-ubnd-tinh"],
    ],
    { at: "2023-04-03T09:00:00+07:00" },
  );

describe("undo after a document was attached", () => {
  it("takes back the report with its document, and says what the task is back to", async () => {
    const { ask, store, clock } = setup();
    const ch = { channel: "slack:CCCHC" };
    await ask("nhiệm vụ 13 xong rồi", "slack:UVP", ch);
    await ask("nhiệm vụ 4 đã hoàn thành", "slack:UTT", ch);
    await ask("Kế hoạch số 77/KH-UBND ngày 15/3/2023", "slack:UTT", ch);
    await ask("QĐ số 456/QĐ-UBND ngày 28/3/2023", "slack:UVP", ch);
    clock.set("2023-04-03T09:06:00+07:00");
    const undone = await ask("hoàn tác", "slack:UTT", ch);
    expect(undone).toMatchObject({ intent: "undo", tasks: ["4"] });
    expect(undone.text).toContain("Hoàn thành (77/KH-UBND ngày 15/03/2023)");
    expect(undone.text).toContain("Trạng thái trở lại: chưa có báo cáo");
    expect((await ask("tiến độ nhiệm vụ 4", "slack:UVP", ch)).text).toContain("chưa có báo cáo");
    // The other person's report, and its document, are untouched.
    expect((await ask("tiến độ nhiệm vụ 13", "slack:UVP", ch)).text).toContain("Hoàn thành · UVP (Văn phòng UBND tỉnh)");
    const done = await ask("nhiệm vụ nào đã hoàn thành?", "slack:UVP", ch);
    expect(done.tasks).toEqual(["13"]);
    // A second «hoàn tác» has nothing left of this person's to take back.
    expect((await ask("hoàn tác", "slack:UTT", ch)).text).toContain("Không có báo cáo nào của bạn");
    const refs = store.read((s) => s.records.filter((r) => r.kind === "undo").map((r) => r.ref));
    expect(refs.sort()).toEqual([2, 3]);
  });

  it("undoes a cooperating agency's note without claiming the status went back", async () => {
    const { ask } = setup();
    await ask("nhiệm vụ 27 đang thực hiện 50%", "slack:UVP");
    expect((await ask("nhiệm vụ 27 đã có dự thảo, đang lấy ý kiến", "slack:UTT")).text).toContain("Đã ghi chú cho nhiệm vụ 27");
    const undone = await ask("hoàn tác", "slack:UTT");
    expect(undone.text).toBe("↩️ Đã hoàn tác ghi chú của nhiệm vụ 27; trạng thái không đổi: Đang thực hiện 50%.");
    expect((await ask("tiến độ nhiệm vụ 27", "slack:UVP")).text).toContain("Đang thực hiện 50%");
  });
});
