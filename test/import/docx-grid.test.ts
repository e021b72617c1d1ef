import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { importPlanDocument } from "../../src/adapters/documents/import-document.js";
import { makeDocx, type Block } from "./make-docx.js";
import { thirdPlanDocument } from "./third-plan.js";

/** Rewrites the rows of a .docx's tables the way Word writes them and the `docx` library does not. */
async function patchRows(bytes: Buffer, patch: (row: string, index: number) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  let index = 0;
  zip.file(
    "word/document.xml",
    xml.replace(/<w:tr\b[^>]*>[\s\S]*?<\/w:tr>/g, (row) => patch(row, index++)),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("Word tables placed on their grid", () => {
  it("keeps a lead merged down when a row also holds a bookmark (mammoth then drops every merge of the table)", async () => {
    const doc = thirdPlanDocument();
    const bytes = await patchRows(await makeDocx(doc), (row) =>
      row.includes("Kiểm tra công tác thi hành pháp luật") ? row.replace(/(<w:tr\b[^>]*>)/, '$1<w:bookmarkStart w:id="0" w:name="nhiem_vu_3"/><w:bookmarkEnd w:id="0"/>') : row,
    );
    const { plan, issues } = await importPlanDocument(bytes, "dak-lak.docx");
    expect(plan!.tasks.find((t) => t.id === "3")).toMatchObject({ lead: ["so-tu-phap"], milestones: [{ due: "2026-09-30" }] });
    expect(plan!.tasks.find((t) => t.id === "4a")!.lead).toEqual(["so-nn-mt"]);
    expect(issues.some((i) => i.field === "lead")).toBe(false);
  }, 60_000);

  it("places the cells of a row that starts past the first column (w:gridBefore) in their own columns", async () => {
    const doc: Block[] = [
      "Kế hoạch cải cách hành chính tỉnh Thử năm 2026",
      {
        table: [
          ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
          ["1", "Rà soát văn bản", "Sở Tư pháp", "Các sở, ban, ngành", "Quý II/2026"],
          ["DROP", "và công bố kết quả rà soát", "", "", ""],
          ["2", "Số hóa hồ sơ", "Sở Khoa học và Công nghệ", "UBND các xã, phường", "Tháng 9/2026"],
        ],
      },
    ];
    // Row 3 has no STT cell: Word writes <w:gridBefore w:val="1"/> and starts the row at the second column.
    const bytes = await patchRows(await makeDocx(doc), (row) =>
      row.includes("DROP") ? row.replace(/<w:tc>(?:(?!<w:tc>)[\s\S])*?DROP[\s\S]*?<\/w:tc>/, "").replace(/(<w:tr\b[^>]*>)/, '$1<w:trPr><w:gridBefore w:val="1"/></w:trPr>') : row,
    );
    const { plan } = await importPlanDocument(bytes, "thu.docx");
    expect(plan!.tasks.map((t) => [t.id, t.title, t.lead.join(), t.cooperating.join()])).toEqual([
      ["1", "Rà soát văn bản\nvà công bố kết quả rà soát", "so-tu-phap", "cac-so-ban-nganh"],
      ["2", "Số hóa hồ sơ", "so-khcn", "ubnd-xa"],
    ]);
  }, 60_000);
});
