import { describe, expect, it } from "vitest";
import { parseReport, readOrigin, reportModal } from "../../../src/adapters/slack/report-modal.js";
import { reportValues } from "./payloads.js";

describe("report modal", () => {
  it("accepts a complete form and trims its text", () => {
    expect(parseReport(reportValues({ task: "9", status: "blocked", note: "  Chờ ý kiến Sở Tài chính ", evidence: "" }) as never, ["9"])).toEqual({
      ok: true,
      uploads: [],
      form: { task: "9", status: "blocked", note: "Chờ ý kiến Sở Tài chính" },
    });
  });

  it("checks consistency between status, percent and note", () => {
    const errors = (form: Parameters<typeof reportValues>[0]) => (parseReport(reportValues(form) as never, ["9"]) as { errors?: object }).errors;
    expect(errors({ task: "9", status: "done", percent: "80" })).toEqual({ percent: "Đã hoàn thành thì tỷ lệ là 100%." });
    expect(errors({ task: "9", status: "not_started", percent: "10" })).toEqual({ percent: "Chưa thực hiện thì tỷ lệ là 0%." });
    expect(errors({ task: "9", status: "blocked" })).toEqual({ note: "Cho biết vướng mắc gặp phải." });
    expect(errors({ task: "9", status: "in_progress", percent: "12.5" })).toEqual({ percent: "Tỷ lệ phải là số nguyên từ 0 đến 100." });
    expect(errors({ status: "bogus" })).toEqual({ task: "Chọn một nhiệm vụ bạn được giao báo cáo.", status: "Chọn tình trạng thực hiện." });
  });

  it("groups more than 100 tasks and survives bad private_metadata", () => {
    const items = Array.from({ length: 230 }, (_, i) => ({ kind: "task" as const, id: String(i + 1), title: "t".repeat(200) }));
    const select = (reportModal(items, {}).blocks[0] as any).element;
    expect(select.option_groups.map((g: any) => g.options.length)).toEqual([100, 100, 30]);
    expect(select.option_groups[0].options[0].text.text.length).toBeLessThanOrEqual(75);
    expect(readOrigin("not json")).toEqual({});
    expect(readOrigin(JSON.stringify({ channel: "C1", thread_ts: 5 }))).toEqual({ channel: "C1" });
  });
});
