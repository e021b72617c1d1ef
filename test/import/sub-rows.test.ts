import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/adapters/documents/import-document.js";
import { createAgencyMatcher, unknownNames } from "../../src/core/plan/import/agency-names.js";
import { buildPlan } from "../../src/core/plan/import/build-plan.js";
import type { DocCell } from "../../src/core/plan/import/document.js";
import { readIds } from "../../src/core/language/ids.js";
import { fold } from "../../src/core/language/normalise.js";
import { compareIds, createPlan } from "../../src/core/plan/plan.js";

const lexicon = loadLexicon();
const cells = (rows: (string | DocCell)[][]): DocCell[][] => rows.map((r) => r.map((c) => (typeof c === "string" ? { text: c } : c)));
const read = (rows: (string | DocCell)[][]) =>
  buildPlan({
    fileName: "x.docx",
    lexicon,
    blocks: [
      { kind: "para", text: "Kế hoạch cải cách hành chính tỉnh Thử năm 2026", where: "đoạn 1" },
      { kind: "table", rows: cells(rows), where: "bảng 1" },
    ],
  });

describe("sub-rows, numbered groups and merged columns", () => {
  it("keeps the document's numbering: 14a and 14.a as 14a, a) under 14 as 14a, 14.1 as 14.1; numbered group rows in capitals are groups", () => {
    const result = read([
      ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
      ["1.", "CẢI CÁCH THỂ CHẾ", "", "", ""],
      ["14", "Việc lớn", "Sở Tư pháp", "Các sở, ban, ngành", ""],
      ["14a", "Việc a", "", "", "Quý I/2026"],
      ["14.b", "Việc b", "Sở Nội vụ", "", "Trước ngày 15/10/2026"],
      ["15", "Việc khác", "Sở Y tế", "", "Quý II/2026"],
      ["a)", "Việc con", "", "", ""],
      ["15.2", "Việc con số", "", "", "Tháng 8/2026"],
    ]);
    const plan = createPlan(result.plan!);
    expect(plan.data.taskGroups.map((g) => [g.id, g.title])).toEqual([["1", "Cải cách thể chế"]]);
    expect(plan.tasks.map((t) => [t.id, t.parent ?? ""])).toEqual([
      ["14", ""],
      ["14a", "14"],
      ["14b", "14"],
      ["15", ""],
      ["15a", "15"],
      ["15.2", "15"],
    ]);
    // A parent without a time of its own takes its sub-rows' deadlines; a sub-row without one takes its parent's.
    expect(plan.task("14")!.milestones.map((m) => m.due)).toEqual(["2026-03-31", "2026-10-15"]);
    expect(plan.task("15a")!.milestones[0]).toMatchObject({ due: "2026-06-30", inherited: true });
    expect(plan.task("14a")!.lead).toEqual(["so-tu-phap"]);
    // The question layer's lookups: 14.1 is 14a and 14a is 14.1 where only one is written.
    expect(plan.task("14.1")!.id).toBe("14a");
    expect(plan.task("15.1")!.id).toBe("15a");
    expect(plan.task("15b")!.id).toBe("15.2");
    expect(plan.task("16a")).toBeUndefined();
    expect(["15.2", "14b", "15", "14", "14a", "15a"].sort(compareIds)).toEqual(["14", "14a", "14b", "15", "15a", "15.2"]);
    expect(result.issues.find((i) => i.text === "a)")).toMatchObject({ field: "id", code: "guessed" });
    expect(result.issues.find((i) => i.field === "time" && i.code === "guessed")).toMatchObject({ text: "14a: Quý I/2026; 14b: Trước ngày 15/10/2026" });
  });

  it("a blank lead or time under a value (a merge a PDF or a hidden border leaves) is the row above's, reported as guessed", () => {
    const result = read([
      ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
      ["1", "Việc một", "Sở Y tế", "Quý II/2026"],
      ["2", "Việc hai", "", ""],
      ["3", "Việc ba", "Sở Xây dựng", "Tháng 8/2026"],
    ]);
    expect(result.plan!.tasks.map((t) => [t.id, t.lead.join(), t.milestones.map((m) => m.due).join()])).toEqual([
      ["1", "so-y-te", "2026-06-30"],
      ["2", "so-y-te", "2026-06-30"],
      ["3", "so-xay-dung", "2026-08-31"],
    ]);
    expect(result.issues.filter((i) => i.code === "guessed").map((i) => [i.field, i.text])).toEqual([
      ["lead", "Sở Y tế"],
      ["time", "Quý II/2026"],
    ]);
  });

  it("reads a sub-row's number as people type it: 14a, nhiệm vụ 14 a, nv 14.a, #14b", () => {
    for (const [text, id] of [
      ["nhiệm vụ 14a là gì", "14a"],
      ["nhiệm vụ 14 a do ai chủ trì", "14a"],
      ["nv 14.a", "14a"],
      ["#14b", "14b"],
      ["nhiệm vụ 14.1", "14.1"],
    ]) {
      expect(readIds(fold(text!)).tasks).toEqual([id]);
    }
    // Words after a number are not letters: "nhiệm vụ 2 đã xong", "nv 3 có hạn".
    expect(readIds(fold("nhiệm vụ 2 đã xong")).tasks).toEqual(["2"]);
    expect(readIds(fold("nv 3 co han khi nao")).tasks).toEqual(["3"]);
  });

  it("a cell merged over the cooperating and product columns goes to the one its words belong to, and is reported", () => {
    const result = read([
      ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Sản phẩm", "Đơn vị phối hợp"],
      ["1", "Việc một", "Sở Tư pháp", "Quý II/2026", { text: "Các sở, ban, ngành; UBND các xã, phường", colSpan: 2 }],
      ["2", "Việc hai", "Sở Nội vụ", "Quý III/2026", { text: "Báo cáo tổng kết", colSpan: 2 }],
      [{ text: "II. CHUYỂN ĐỔI SỐ", colSpan: 6 }],
      ["3", "Việc ba", "Sở Khoa học và Công nghệ", "Năm 2026", "Hệ thống", "Công an tỉnh"],
    ]);
    const [one, two, three] = result.plan!.tasks;
    expect(one).toMatchObject({ cooperating: ["cac-so-ban-nganh", "ubnd-xa"], deliverable: "—" });
    expect(two).toMatchObject({ cooperating: [], deliverable: "Báo cáo tổng kết" });
    expect(three).toMatchObject({ group: "II", lead: ["so-khcn"], cooperating: ["cong-an-tinh"], deliverable: "Hệ thống" });
    expect(result.issues.filter((i) => i.code === "ambiguous").map((i) => [i.field, i.text])).toEqual([
      ["cooperating", "Các sở, ban, ngành; UBND các xã, phường"],
      ["deliverable", "Báo cáo tổng kết"],
    ]);
  });

  it("keeps every name of a list cell the lexicon does not know, as written, and only names", () => {
    expect(unknownNames("Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh và Hiệp hội Doanh nghiệp tỉnh")).toEqual([
      "Tòa án nhân dân tỉnh",
      "Viện Kiểm sát nhân dân tỉnh",
      "Hiệp hội Doanh nghiệp tỉnh",
    ]);
    expect(unknownNames("Đài Phát thanh và Truyền hình tỉnh; Các hội, đoàn thể; VNPT, Viettel")).toEqual(["Đài Phát thanh và Truyền hình tỉnh", "Các hội, đoàn thể", "VNPT", "Viettel"]);
    expect(unknownNames("liên quan; theo chức năng, nhiệm vụ")).toEqual([]);
    const matcher = createAgencyMatcher(lexicon);
    expect(matcher.resolve("Sở Nội vụ, Tòa án nhân dân tỉnh; Các sở, ngành liên quan")).toMatchObject({ ids: ["so-noi-vu", "cac-so-ban-nganh"], unknown: ["Tòa án nhân dân tỉnh"] });
    expect(matcher.resolve("Văn phòng Tỉnh ủy").unknown).toEqual(["Văn phòng Tỉnh ủy"]);
    // A ministry is not the department of the same field; "nội bộ" before a name is no ministry.
    expect(matcher.resolve("Bộ Nông nghiệp và Môi trường; Bộ Nội vụ").ids).toEqual([]);
    expect(matcher.resolve("thủ tục nội bộ Văn phòng UBND tỉnh").ids).toEqual(["vp-ubnd-tinh"]);
  });
});
