import { describe, expect, it } from "vitest";
import { confirmationText, importPlanDocument } from "../../src/adapters/documents/import-document.js";
import { parsePlan } from "../../src/core/plan/load.js";
import { milestonesText } from "../../src/core/render/dates.js";
import { cooperatingNames } from "../../src/core/render/lines.js";
import { fieldAccuracy } from "./compare.js";
import { makeDocx, makeMarkdown } from "./make-docx.js";
import { makePdf, PDF_FONT } from "./make-pdf.js";
import { THIRD_EXPECTED, THIRD_WIDTHS, thirdPlanDocument } from "./third-plan.js";

describe("a third province's plan: Đắk Lắk-style columns, merged cells, lettered sub-rows, agencies the lexicon does not know", () => {
  const doc = thirdPlanDocument();
  for (const [kind, make] of [["docx", () => makeDocx(doc)], ["md", async () => Buffer.from(makeMarkdown(doc))], ...(PDF_FONT ? [["pdf", () => makePdf(doc, THIRD_WIDTHS)] as const] : [])] as const) {
    it(`as .${kind}: at least 95% of fields, names as written, every guess reported with its source text`, async () => {
      const result = await importPlanDocument(await make(), `dak-lak.${kind}`);
      expect(result.error).toBeUndefined();
      const plan = parsePlan(result.plan, `dak-lak.${kind}`);
      const accuracy = fieldAccuracy(THIRD_EXPECTED, result.plan!);
      console.log(`dak-lak.${kind}: ${accuracy.right}/${accuracy.total} fields (${(accuracy.ratio * 100).toFixed(1)}%)${accuracy.wrong.length ? `; off: ${accuracy.wrong.join("; ")}` : ""}`);
      expect(accuracy.ratio).toBeGreaterThanOrEqual(0.95);
      expect(plan.data).toMatchObject({ id: "dak-lak-cchc-2026", year: 2026, province: "Đắk Lắk", decision: "Kế hoạch số 0156/KH-UBND ngày 20/01/2026" });
      expect(result.summary).toMatchObject({ tasks: 11, subTasks: 4, taskGroups: 5, unknownAgencies: 5 });
      expect(plan.data.taskGroups.map((g) => g.id)).toEqual(["I", "II", "III", "IV", "V"]);

      // Agencies are named as this plan writes them; the lexicon's names stay as aliases for matching.
      expect(plan.agencyName("ubnd-xa")).toBe("UBND các xã, phường");
      expect(plan.agency("ubnd-xa")!.aliases).toContain("UBND cấp xã");
      expect(plan.agencyName("cac-so-ban-nganh")).toBe("Các sở, ban, ngành");
      expect(cooperatingNames(plan, plan.task("1")!)).toBe("Các sở, ban, ngành; UBND các xã, phường");
      // Names the lexicon does not know are kept in the cooperating set, as written, and reported.
      expect(plan.task("10")!.cooperating.map((id) => plan.agencyName(id))).toEqual(["Công an tỉnh", "VNPT Đắk Lắk", "Viettel Đắk Lắk"]);
      expect(
        plan
          .task("11")!
          .cooperating.map((id) => plan.agencyName(id))
          .sort(),
      ).toEqual(["Các sở, ban, ngành", "Văn phòng Tỉnh ủy"]);
      const unknown = result.issues.filter((i) => i.code === "unknown-agency").map((i) => i.text);
      expect(unknown).toEqual(expect.arrayContaining(["Hiệp hội Doanh nghiệp tỉnh", "Báo và Phát thanh, Truyền hình Đắk Lắk", "VNPT Đắk Lắk", "Viettel Đắk Lắk", "Văn phòng Tỉnh ủy"]));

      // The lead merged down over tasks 2 and 3 belongs to both.
      expect(plan.task("3")!.lead).toEqual(["so-tu-phap"]);
      // The document's own sub-row numbering: "a)", "b)" under 4 are 4a, 4b; 10.1 stays 10.1.
      expect(plan.children("4").map((t) => t.id)).toEqual(["4a", "4b"]);
      expect(plan.children("10").map((t) => t.id)).toEqual(["10.1", "10.2"]);
      expect(plan.task("4.2")!.id).toBe("4b");
      // Task 4 has no time of its own: its sub-rows' deadlines, each named by its row.
      expect(plan.task("4")!.milestones.map((m) => [m.label, m.due])).toEqual([
        ["4a", "2026-06-30"],
        ["4b", "2026-09-30"],
      ]);
      // Ongoing work has no due date; deadlines are shown as the plan writes them.
      expect(plan.task("1")!.milestones[0]).toMatchObject({ asWritten: "Thường xuyên", due: null, ongoing: true });
      expect(plan.task("6")!.milestones[0]).toMatchObject({ asWritten: "Hằng năm", due: null, ongoing: true });
      expect(milestonesText(plan.task("2")!.milestones, "vi")).toBe("Trước ngày 31/7/2026 (Quý III)");
      expect(milestonesText(plan.task("7")!.milestones, "vi")).toBe("6 tháng đầu năm (Quý II, hạn 30/06/2026)");
      expect(milestonesText(plan.task("8")!.milestones, "vi")).toBe("Sơ kết: Quý II/2026 (hạn 30/06/2026); Tổng kết: Quý IV/2026 (hạn 31/12/2026)");
      // A title merged over the product column is the title.
      expect(plan.task("6")).toMatchObject({ title: "Tuyên truyền về cải cách hành chính trên báo chí", deliverable: "—" });
      // Targets 3.1 and 3.2 keep their own values under a monitoring cell merged over them.
      expect(plan.target("3.1")).toMatchObject({ values: [{ value: "85%" }], monitoring: ["so-khcn"] });
      expect(plan.target("3.2")).toMatchObject({ values: [{ value: "70%" }], monitoring: ["so-khcn"] });

      // The confirmation lists every guessed or ambiguous field with its source text.
      const guessed = result.issues.filter((i) => i.code === "guessed");
      expect(guessed.map((i) => [i.field, i.text])).toEqual(
        expect.arrayContaining([
          ["id", "a)"],
          ["id", "b)"],
          ["time", "4a: Tháng 6/2026; 4b: Quý III/2026"],
        ]),
      );
      const text = confirmationText(result, `dak-lak.${kind}`, { maxIssues: 50 });
      for (const i of result.issues) expect(text).toContain(i.text.length > 80 ? i.text.slice(0, 79) : i.text);
      expect(text).toMatch(/cơ quan chưa biết/);
      expect(text).toMatch(/3 nhiệm vụ thực hiện thường xuyên hoặc theo tiến độ, không có hạn cụ thể/);
      // Even when the list is cut (a chat), no guess, ambiguity or unknown agency is left out.
      const short = confirmationText(result, `dak-lak.${kind}`, { maxIssues: 2 });
      for (const i of result.issues.filter((x) => ["guessed", "ambiguous", "unknown-agency"].includes(x.code ?? ""))) expect(short).toContain(`${i.problem}${i.text ? ` («${i.text}` : ""}`);
    }, 60_000);
  }
});
