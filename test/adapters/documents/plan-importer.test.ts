import { describe, expect, it } from "vitest";
import { documentImporter } from "../../../src/adapters/documents/plan-importer.js";
import { plansBot } from "../../core/plans/support.js";
import { makeDocx } from "../../import/make-docx.js";
import { secondPlanDocument } from "../../import/second-plan.js";

// The chat's plan-import port with the real document reader: an admin's Word file becomes the active plan.
describe("the document importer behind the chat", () => {
  it("summarises a real .docx with the importer's confirmation and activates it on «xác nhận»", async () => {
    const { ask, file, saved } = plansBot({ importer: documentImporter });
    const bytes = await makeDocx(secondPlanDocument());
    const summary = await file("ke-hoach-2026.docx", bytes);
    expect(summary.intent).toBe("plan_import");
    expect(summary.text).toMatch(/Đã đọc ke-hoach-2026\.docx: .*\n- \d+ nhiệm vụ/);
    expect(summary.text).toContain("Gõ «xác nhận» để dùng kế hoạch này");
    expect(saved).toHaveLength(0);
    expect((await ask("xác nhận")).text).toContain("Từ nay câu hỏi theo");
    expect(saved).toHaveLength(1);
  });

  it("answers an unreadable file with the importer's one sentence", async () => {
    const { file, saved } = plansBot({ importer: documentImporter });
    expect((await file("scan.pdf", "not a pdf")).text).toContain("không phải là tệp PDF");
    expect(saved).toHaveLength(0);
  });
});
