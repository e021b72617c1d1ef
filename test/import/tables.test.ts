import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/adapters/documents/import-document.js";
import { createAgencyMatcher } from "../../src/core/plan/import/agency-names.js";
import { buildPlan } from "../../src/core/plan/import/build-plan.js";
import { taskColumns } from "../../src/core/plan/import/columns.js";
import { toGrid, type DocBlock } from "../../src/core/plan/import/document.js";
import { readText } from "../../src/core/plan/import/text-blocks.js";

const lexicon = loadLexicon();
const matcher = createAgencyMatcher(lexicon);
const table = (rows: string[][]): DocBlock => ({ kind: "table", rows: rows.map((r) => r.map((text) => ({ text }))), where: "bảng 1" });

describe("reading the cells of a plan", () => {
  it("reads lists of agencies in one cell, with the names the 2025 reorganisation brought and the old ones", () => {
    expect(matcher.resolve("Các sở, ban, ngành; UBND các huyện, thị xã, thành phố").ids).toEqual(["cac-so-ban-nganh", "ubnd-huyen"]);
    expect(matcher.resolve("UBND, HĐND cấp huyện, cấp xã").ids.sort()).toEqual(["hdnd-huyen-xa", "ubnd-huyen", "ubnd-xa"]);
    expect(matcher.resolve("Sở Khoa học và Công nghệ; Sở Nông nghiệp và Môi trường, UBND các xã, phường").ids).toEqual(["so-khcn", "so-nn-mt", "ubnd-xa"]);
    expect(matcher.resolve("Sở KH&ĐT, Sở TT&TT").ids).toEqual(["so-khdt", "so-tttt"]);
    expect(matcher.resolve("Sở Nội vụ; Trung tâm Chuyển đổi số tỉnh")).toMatchObject({ ids: ["so-noi-vu"], unknown: ["Trung tâm Chuyển đổi số tỉnh"] });
    // Words that qualify a name are not agencies.
    expect(matcher.resolve("Các sở, ngành liên quan; UBND cấp xã").unknown).toEqual([]);
  });

  it("finds the columns by their header words in any order, with synonyms", () => {
    const grid = toGrid([["Thời hạn", "Đơn vị phối hợp", "TT", "Đơn vị chủ trì", "Nội dung công việc", "Kết quả sản phẩm"].map((text) => ({ text }))]);
    expect(taskColumns(grid).columns).toEqual({ time: 0, cooperating: 1, id: 2, lead: 3, title: 4, deliverable: 5 });
  });

  it("expands merged cells: a colspan group row and a rowspan time cell its sub-rows take", () => {
    const grid = toGrid([[{ text: "I. CẢI CÁCH THỂ CHẾ", colSpan: 3 }], [{ text: "1" }, { text: "Việc" }, { text: "Quý I", rowSpan: 2 }], [{ text: "1.1" }, { text: "Việc con" }]]);
    expect(grid.map((r) => r.map((c) => [c.text, c.from ?? ""]))).toEqual([
      [
        ["I. CẢI CÁCH THỂ CHẾ", ""],
        ["I. CẢI CÁCH THỂ CHẾ", "left"],
        ["I. CẢI CÁCH THỂ CHẾ", "left"],
      ],
      [
        ["1", ""],
        ["Việc", ""],
        ["Quý I", ""],
      ],
      [
        ["1.1", ""],
        ["Việc con", ""],
        ["Quý I", "above"],
      ],
    ]);
  });

  it("reads a task table: group rows, sub-rows a/b, a parent's lead and time for its sub-rows, rows continued over a page", () => {
    const result = buildPlan({
      fileName: "x.docx",
      lexicon,
      blocks: [
        { kind: "para", text: "Kế hoạch cải cách hành chính tỉnh Thử năm 2026", where: "đoạn 1" },
        table([
          ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
          ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
          ["1", "Rà soát văn bản", "Sở Tư pháp", "Các sở, ban, ngành", "Quý II/2026"],
          ["a", "Rà soát cấp xã", "", "UBND các xã, phường", ""],
          ["", "(tiếp theo) sau sắp xếp", "", "", ""],
          ["II", "CHUYỂN ĐỔI SỐ", "", "", ""],
          ["2", "Kho dữ liệu", "Sở Khoa học và Công nghệ", "", "Tháng 9/2026"],
          ["", "TỔNG CỘNG: 2 NHIỆM VỤ", "", "", ""],
        ]),
      ],
    });
    const plan = result.plan!;
    expect(plan.taskGroups.map((g) => [g.id, g.title])).toEqual([
      ["I", "Cải cách thể chế"],
      ["II", "Chuyển đổi số"],
    ]);
    expect(plan.tasks.map((t) => [t.id, t.parent ?? "", t.group, t.lead.join(), t.cooperating.join(), t.milestones.map((m) => m.due).join()])).toEqual([
      ["1", "", "I", "so-tu-phap", "cac-so-ban-nganh", "2026-06-30"],
      ["1a", "1", "I", "so-tu-phap", "ubnd-xa", "2026-06-30"],
      ["2", "", "II", "so-khcn", "", "2026-09-30"],
    ]);
    expect(plan.tasks[1]!.title).toBe("Rà soát cấp xã\n(tiếp theo) sau sắp xếp");
    expect(plan.tasks[1]!.milestones[0]!.inherited).toBe(true);
    expect(plan.tasks[0]!.source).toEqual({ part: "Bảng nhiệm vụ", row: "1", at: "bảng 1, hàng 3" });
    expect(result.summary).toMatchObject({ tasks: 2, subTasks: 1, targets: 0 });
    expect(result.issues.map((i) => [i.field, i.problem])).toEqual(
      expect.arrayContaining([
        ["id", "dòng con «a» dưới nhiệm vụ 1, lấy mã 1a"],
        ["cooperating", expect.stringMatching(/ô trống/)],
      ]),
    );
  });

  it("reads body parts numbered 1., 2. in capitals as well as I., II. and 'Phần I.'", () => {
    const tasks = table([
      ["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn"],
      ["1", "Việc", "Sở Nội vụ", "Quý I"],
    ]);
    const read = (lines: string[]) => buildPlan({ fileName: "x.docx", lexicon, blocks: [...lines.map((text, i) => ({ kind: "para" as const, text, where: `đoạn ${i + 1}` })), tasks] }).plan!;
    const numbered = read(["KẾ HOẠCH", "Cải cách hành chính tỉnh Thử năm 2026", "1. MỤC ĐÍCH, YÊU CẦU", "a) Làm tốt.", "2. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ", "Theo dõi, đôn đốc."]);
    expect(numbered.sections!.map((s) => [s.id, s.title])).toEqual([
      ["I", "Mục đích, yêu cầu"],
      ["II", "Tổ chức thực hiện"],
      ["II.1", "Sở Nội vụ"],
    ]);
    expect(numbered.passages!.map((p) => [p.id, p.text])).toEqual([
      ["I.a", "Làm tốt."],
      ["II.1", "Theo dõi, đôn đốc."],
    ]);
    const parts = read(["KẾ HOẠCH", "Cải cách hành chính tỉnh Thử năm 2026", "Phần I. MỤC ĐÍCH", "Phần II. NHIỆM VỤ", "1. Kinh phí thực hiện từ ngân sách tỉnh được giao hằng năm theo quy định."]);
    expect(parts.sections!.map((s) => s.id)).toEqual(["I", "II"]);
    expect(parts.passages!.map((p) => [p.id, p.ref])).toEqual([["II.1", "Mục II.1, Kế hoạch CCHC 2026"]]);
  });

  it("numbers full rows that have no number of their own (Word's automatic list numbering)", () => {
    const plan = buildPlan({
      fileName: "x.docx",
      lexicon,
      blocks: [
        table([
          ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
          ["", "Việc một", "Sở Y tế", "Quý I/2026"],
          ["", "Việc hai", "Sở Xây dựng", "Quý II/2026"],
        ]),
      ],
    });
    expect(plan.plan!.tasks.map((t) => [t.id, t.lead.join(), t.milestones[0]!.due])).toEqual([
      ["1", "so-y-te", "2026-03-31"],
      ["2", "so-xay-dung", "2026-06-30"],
    ]);
    expect(plan.issues.filter((i) => i.field === "id")).toHaveLength(2);
  });

  it("says so when a document has no task table", () => {
    const { blocks, flat } = readText("KẾ HOẠCH\nCải cách hành chính tỉnh Thử năm 2026\nI. MỤC ĐÍCH\n1. Mục đích\na) Làm tốt.\n");
    const result = buildPlan({ blocks, flat, lexicon, fileName: "x.txt" });
    expect(result.plan).toBeUndefined();
    expect(result.error).toMatch(/^Không tìm thấy bảng nhiệm vụ/);
  });
});
