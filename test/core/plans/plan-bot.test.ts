import { describe, expect, it } from "vitest";
import { loadPlanFile } from "../../../src/adapters/plan-file.js";
import { emptyState } from "../../../src/core/state.js";
import { fakeImporter, PLAN_2026_FILE, plansBot } from "./support.js";

describe("plans over time", () => {
  it("an admin's document is summarised, confirmed, and becomes the plan questions go to", async () => {
    const { importer, seen } = fakeImporter();
    const { ask, file, saved, store } = plansBot({ importer });
    const summary = await file("ke-hoach-2026.docx", "DOCX BYTES");
    expect(seen).toEqual([{ name: "ke-hoach-2026.docx", bytes: "DOCX BYTES" }]);
    expect(summary.intent).toBe("plan_import");
    expect(summary.text).toContain("Kế hoạch cải cách hành chính tỉnh Gia Lai năm 2026");
    expect(summary.text).toContain("9 nhiệm vụ");
    expect(summary.text).toContain("Phụ lục, dòng 4 · thời gian: không xác định được hạn («Theo tiến độ dự án»)");
    expect(summary.choices?.map((c) => c.value)).toEqual(["xác nhận", "hủy"]);
    // Nothing changes before the confirmation.
    expect(saved).toHaveLength(0);
    expect((await ask("ai chủ trì nhiệm vụ 3?")).text).toContain("Sở Nội vụ");
    const done = await ask("xác nhận");
    expect(done.text).toContain("Từ nay câu hỏi theo Kế hoạch cải cách hành chính tỉnh Gia Lai năm 2026");
    expect(saved.map((p) => p.id)).toEqual(["gia-lai-cchc-2026"]);
    expect(store.read((s) => s.activePlan)).toBe("gia-lai-cchc-2026");
    const now = await ask("ai chủ trì nhiệm vụ 3?");
    expect(now.text).toContain("Sở Khoa học và Công nghệ");
    // An old name on the new plan, through the whole bot.
    expect((await ask("Sở KH&ĐT có nhiệm vụ gì")).tasks).toEqual(["2"]);
  });

  it("«hủy» discards the document and nothing is stored", async () => {
    const { ask, file, saved, store } = plansBot({ importer: fakeImporter().importer });
    await file("ke-hoach-2026.pdf");
    const r = await ask("hủy");
    expect(r.text).toContain("Đã hủy");
    expect(saved).toHaveLength(0);
    expect(store.read((s) => s.activePlan)).toBeUndefined();
    // «xác nhận» now has nothing to confirm: it goes to the plan's own understanding.
    expect((await ask("xác nhận")).intent).not.toBe("plan_import");
  });

  it("refuses a non-admin's document without reading it", async () => {
    const { importer, seen } = fakeImporter();
    const { file } = plansBot({ importer });
    const r = await file("ke-hoach-2026.docx", "x", "slack:UTP");
    expect(r.intent).toBe("denied");
    expect(r.text).toContain("Chỉ quản trị viên");
    expect(seen).toHaveLength(0);
  });

  it("unreadable documents and bad plans get one sentence, and change nothing", async () => {
    const scanned = plansBot({ importer: fakeImporter({ summary: { tasks: 0, subtasks: 0, targets: 0, sections: 0 }, issues: [], error: "Tệp PDF là bản quét, không có lớp chữ." }).importer });
    expect((await scanned.file("scan.pdf")).text).toBe("Tệp PDF là bản quét, không có lớp chữ. Chưa có gì thay đổi.");
    const bad = plansBot({ importer: fakeImporter({ plan: { id: "x" }, summary: { tasks: 0, subtasks: 0, targets: 0, sections: 0 }, issues: [] }).importer });
    expect((await bad.file("x.docx")).text).toContain("chưa hợp lệ");
    expect((await bad.file("anh.png")).text).toContain(".docx, .pdf");
    expect((await plansBot().file("k.docx")).text).toContain("chưa được cài bộ đọc tệp");
    expect(bad.saved).toHaveLength(0);
  });

  it("«kế hoạch 2023: …» reads the previous plan and its reports; records keep their plan", async () => {
    const { importer } = fakeImporter();
    const { ask, file, store } = plansBot({ importer, at: "2026-03-20T09:00:00+07:00" });
    // A report on the 2023 plan, filed while it was active.
    expect((await ask("nhiệm vụ 11 đã hoàn thành, QĐ số 123/QĐ-UBND ngày 10/3/2023", "slack:UTP")).intent).toBe("progress_update");
    await file("kh-2026.docx");
    await ask("xác nhận");
    // Task 11 of the 2026 plan does not exist; the 2023 one is done.
    expect((await ask("nhiệm vụ 11 đã xong chưa?")).intent).toBe("not_found");
    const old = await ask("kế hoạch 2023: nhiệm vụ 11 đã xong chưa?");
    expect(old.text.split("\n")[0]).toBe("Theo Kế hoạch CCHC 2023 (Bình Định):");
    expect(old.text).toContain("Hoàn thành");
    const also = await ask("theo kế hoạch năm 2023, ai chủ trì nhiệm vụ 13?");
    expect(also.text).toContain("Văn phòng UBND tỉnh");
    // A report on the new plan is kept apart from the old plan's.
    expect((await ask("nhiệm vụ 2 đang làm 50%")).intent).toBe("progress_update");
    expect(store.read((s) => s.records.map((r) => [r.task, r.planId]))).toEqual([
      ["11", "binh-dinh-cchc-2023"],
      ["2", "gia-lai-cchc-2026"],
    ]);
    expect((await ask("kế hoạch 2023: nhiệm vụ 2 đã xong chưa?")).text).not.toContain("50%");
    // Task 2 of the 2023 plan has a report too: the 2026 task's history never starts from it.
    expect((await ask("kế hoạch 2023: nhiệm vụ 2 đã hoàn thành")).intent).toBe("progress_update");
    expect((await ask("nhiệm vụ 2 hoàn thành")).intent).toBe("progress_update");
    const history = await ask("lịch sử nhiệm vụ 2");
    expect(history.text).toContain("Đang thực hiện → Hoàn thành");
    expect(history.text).not.toContain("#3 ");
    expect(store.read((s) => s.records.map((r) => [r.task, r.planId, r.previousStatus]))).toEqual([
      ["11", "binh-dinh-cchc-2023", undefined],
      ["2", "gia-lai-cchc-2026", undefined],
      ["2", "binh-dinh-cchc-2023", undefined],
      ["2", "gia-lai-cchc-2026", "in_progress"],
    ]);
    expect((await ask("kế hoạch 2024: nhiệm vụ 2 là gì?")).text).toContain("Bot không có kế hoạch năm 2024");
    const english = await ask("plan 2023: who leads task 13?");
    expect(english.text.split("\n")[0]).toBe("From Kế hoạch CCHC 2023 (Bình Định):");
    expect(english.text).toContain("Văn phòng UBND tỉnh");
  });

  it("records from before plans were told apart belong to the configured plan", async () => {
    const state = emptyState();
    state.seq = 1;
    state.records.push({ seq: 1, kind: "report", task: "11", status: "done", user: "slack:UTP", agency: "so-tu-phap", channel: "slack:D1", at: "2023-03-20T02:00:00.000Z", text: "nv 11 xong" });
    const { ask } = plansBot({ state, others: [loadPlanFile(PLAN_2026_FILE)] });
    expect((await ask("nhiệm vụ 11 đã xong chưa?")).text).toContain("Hoàn thành");
    expect((await ask("chuyển sang kế hoạch 2026", "slack:UTP")).text).toContain("Chỉ quản trị viên");
    const switched = await ask("chuyển sang kế hoạch 2026");
    expect(switched.text).toContain("Từ nay câu hỏi theo Kế hoạch cải cách hành chính tỉnh Gia Lai năm 2026");
    expect(switched.text).toContain("1 người trong danh sách báo cáo thuộc cơ quan không có trong kế hoạch này");
    const list = await ask("các kế hoạch");
    expect(list.text).toMatch(/Gia Lai năm 2026 — 9 nhiệm vụ \(đang dùng\)/);
    expect((await ask("kế hoạch 2023: nhiệm vụ 11 đã xong chưa?")).text).toContain("Hoàn thành");
  });
});
