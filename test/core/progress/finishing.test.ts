import { describe, expect, it } from "vitest";
import { composeDigest } from "../../../src/core/reminders/digest.js";
import { plan, rosteredBot } from "../../helpers/bot.js";

// Progress turns that finish the job: the document asked for once and attached, on time by its date,
// percent and blocker both kept, and a history that names people and agencies.
const setup = (at = "2023-04-10T09:00:00+07:00") =>
  rosteredBot(
    [
      ["console:tp", "so-tu-phap"],
      ["console:snv", "so-noi-vu", "office"],
    ],
    { at },
  );

describe("finishing a task in conversation", () => {
  it("asks once for the document of a document product, attaches the follow-up, and judges on-time by its date", async () => {
    const { ask, store } = setup();
    const first = await ask("nhiệm vụ 11 xong rồi", "console:tp");
    expect(first).toMatchObject({ intent: "progress_update", tasks: ["11"] });
    expect(first.text).toContain("Sản phẩm của nhiệm vụ 11 là văn bản («Quyết định ban hành Kế hoạch của UBND tỉnh»). Bạn gửi số và ngày văn bản");
    expect(first.text).not.toContain("trễ hạn");
    const attached = await ask("QĐ số 123/QĐ-UBND ngày 10/3/2023", "console:tp");
    expect(attached).toMatchObject({ intent: "progress_update", tasks: ["11"] });
    expect(attached.text).toContain("Hoàn thành (123/QĐ-UBND ngày 10/03/2023)");
    expect(attached.text).toContain("Hạn 31/03/2023: hoàn thành đúng hạn (theo ngày văn bản 10/03/2023).");
    expect(attached.text).not.toContain("Bạn gửi số và ngày văn bản");
    const records = store.read((s) => s.records);
    expect(records).toMatchObject([
      { seq: 1, task: "11", status: "done" },
      { seq: 2, task: "11", status: "done", ref: 1, evidence: { number: "123/QĐ-UBND", date: "2023-03-10" } },
    ]);
    const status = await ask("tiến độ nhiệm vụ 11");
    expect(status.text).toContain("— đúng hạn · 123/QĐ-UBND ngày 10/03/2023");
    expect((await ask("nhiệm vụ nào hoàn thành đúng hạn?")).tasks).toEqual(["11"]);
    expect((await ask("nhiệm vụ nào hoàn thành trễ hạn?")).tasks).toEqual([]);
    // The digest says the same: done on the document's day, not late.
    const digest = composeDigest(
      plan,
      store.read((s) => s),
      { channel: "console:all", now: new Date("2023-04-10T10:00:00+07:00"), timezone: "Asia/Ho_Chi_Minh" },
    );
    expect(digest.text).toContain("• NV 11 Các kế hoạch về văn bản quy phạm pháp… — xong 10/03\n");
    // Asked once: a second document-less message is not asked again, and a later search is a search.
    expect((await ask("QĐ số 4817/QĐ-UBND", "console:tp")).intent).not.toBe("progress_update");
  });

  it("keeps the report when there is no document yet, and never asks twice", async () => {
    const { ask, store } = setup();
    await ask("nhiệm vụ 12 đã hoàn thành", "console:tp");
    const no = await ask("chưa có văn bản", "console:tp");
    expect(no.text).toContain("báo cáo nhiệm vụ 12 đã lưu, chưa kèm văn bản");
    expect(store.read((s) => s.records)).toHaveLength(1);
    expect(store.read((s) => s.pending)).toEqual([]);
    expect((await ask("nhiệm vụ nào hoàn thành trễ hạn?")).tasks).toEqual(["12"]);
  });

  it("does not ask for a document when the report names one, or the product is not a document", async () => {
    const { ask } = setup();
    expect((await ask("nhiệm vụ 12 đã hoàn thành, QĐ số 45/QĐ-UBND ngày 15/3/2023", "console:tp")).text).not.toContain("Bạn gửi số và ngày văn bản");
    // Task 1's product is a conference ("Hội nghị do Lãnh đạo UBND tỉnh chủ trì").
    expect((await ask("nhiệm vụ 1 đã hoàn thành", "console:snv")).text).not.toContain("Bạn gửi số và ngày văn bản");
  });

  it("lets a new report through while the document is awaited, without merging the two", async () => {
    const { ask, store } = setup();
    await ask("nhiệm vụ 11 xong rồi", "console:tp");
    const next = await ask("nhiệm vụ 12 đang thực hiện 50%", "console:tp");
    expect(next).toMatchObject({ intent: "progress_update", tasks: ["12"] });
    expect(store.read((s) => s.records)).toMatchObject([
      { task: "11", status: "done" },
      { task: "12", status: "in_progress", percent: 50 },
    ]);
  });

  it("keeps and shows both the percentage and the blocker", async () => {
    const { ask, store } = setup();
    const r = await ask("nhiệm vụ 12 đang làm, được 60%, vướng dữ liệu bên thuế", "console:tp");
    expect(r.text).toContain("Gặp vướng mắc, đã được 60% (vướng: dữ liệu bên thuế)");
    expect(store.read((s) => s.records)).toMatchObject([{ status: "blocked", percent: 60, reason: "dữ liệu bên thuế" }]);
    expect((await ask("tiến độ nhiệm vụ 12")).text).toContain("Gặp vướng mắc, đã được 60% (vướng: dữ liệu bên thuế) · tp (Sở Tư pháp)");
    expect((await ask("lịch sử nhiệm vụ 12")).text).toContain("Gặp vướng mắc, đã được 60% (vướng: dữ liệu bên thuế)");
  });

  it("shows the reporting person and agency in the history, never the channel", async () => {
    const { ask, store } = setup();
    await store.update((d) => {
      d.roster.find((r) => r.user === "console:tp")!.name = "Trần Thị Pháp";
    });
    await ask("nhiệm vụ 11 đã hoàn thành, QĐ số 123/QĐ-UBND ngày 10/3/2023", "console:tp", { channel: "console:replay" });
    await ask("nhiệm vụ 12 đang thực hiện 20%", "console:snv", { channel: "console:replay", userName: "Lê Văn Nội" });
    const h = await ask("lịch sử nhiệm vụ 11");
    expect(h.text).toContain("· Trần Thị Pháp (Sở Tư pháp): Hoàn thành · 123/QĐ-UBND ngày 10/03/2023");
    expect(h.text).not.toContain("console:replay");
    expect((await ask("lịch sử nhiệm vụ 12")).text).toContain("· Lê Văn Nội (Sở Nội vụ): Đang thực hiện 20%");
  });
});
