import { describe, expect, it } from "vitest";
import { readDeadlines } from "../../src/core/plan/import/deadlines.js";

const dues = (cell: string, year = 2026) => readDeadlines(cell, year).milestones.map((m) => [m.period, m.due]);

describe("deadline cells", () => {
  it.each([
    ["Quý II", [["Q2", "2026-06-30"]]],
    ["Quý II/2026", [["Q2", "2026-06-30"]]],
    ["Quý IV năm 2025", [["Q4", "2025-12-31"]]],
    ["Tháng 6/2026", [["Q2", "2026-06-30"]]],
    ["Tháng 02/2026", [["Q1", "2026-02-28"]]],
    ["Trước ngày 30/6/2026", [["Q2", "2026-06-30"]]],
    ["Trước ngày 15/3", [["Q1", "2026-03-15"]]],
    ["Hoàn thành trước ngày 20 tháng 11 năm 2026", [["Q4", "2026-11-20"]]],
    ["6 tháng đầu năm", [["Q2", "2026-06-30"]]],
    ["6 tháng cuối năm", [["Q4", "2026-12-31"]]],
    ["Năm 2026", [["year", "2026-12-31"]]],
    ["Cả năm", [["year", "2026-12-31"]]],
    ["Thường xuyên", [[null, null]]],
    ["Hằng năm", [[null, null]]],
    ["Trước ngày 31/7/2026", [["Q3", "2026-07-31"]]],
    ["Báo cáo trước ngày 15/12/2026", [["Q4", "2026-12-15"]]],
    [
      "Quý II/2026 và Quý IV/2026",
      [
        ["Q2", "2026-06-30"],
        ["Q4", "2026-12-31"],
      ],
    ],
    ["Từ tháng 3 đến tháng 6/2026", [["Q2", "2026-06-30"]]],
    [
      "Quý II; Quý IV",
      [
        ["Q2", "2026-06-30"],
        ["Q4", "2026-12-31"],
      ],
    ],
    [
      "Quý I và Quý III",
      [
        ["Q1", "2026-03-31"],
        ["Q3", "2026-09-30"],
      ],
    ],
    [
      "- Quý I/2026\n- Quý III/2026",
      [
        ["Q1", "2026-03-31"],
        ["Q3", "2026-09-30"],
      ],
    ],
  ])("%s", (cell, expected) => expect(dues(cell)).toEqual(expected));

  it("keeps a step's name as the label, and its wrapped lines together", () => {
    const read = readDeadlines("- Ban hành Kế hoạch: Quý I\n- Triển khai Kế hoạch: cả năm", 2023);
    expect(read.milestones.map((m) => [m.label, m.due])).toEqual([
      ["Ban hành Kế hoạch", "2023-03-31"],
      ["Triển khai Kế hoạch", "2023-12-31"],
    ]);
    expect(readDeadlines("Ban hành\nKế hoạch Quý II", 2023).milestones).toEqual([{ label: "Ban hành Kế hoạch", period: "Q2", asWritten: "Quý II", due: "2023-06-30" }]);
    expect(readDeadlines("Thực hiện trong Quý I", 2023).milestones[0]).toMatchObject({ label: null, asWritten: "Thực hiện trong Quý I", due: "2023-03-31" });
  });

  it("reports what it cannot date: 'Theo tiến độ …' and references to other documents, even with a date inside", () => {
    for (const cell of ["Theo tiến độ của Bộ Nội vụ", "Theo Kế hoạch ban hành tại\nQuyết định số 3979/QĐ-UBND ngày 29/11/2022", "Khi có hướng dẫn"]) {
      const read = readDeadlines(cell, 2026);
      expect(read.milestones).toHaveLength(1);
      expect(read.milestones[0]).toMatchObject({ period: null, due: null });
      expect(read.unresolved).toHaveLength(1);
    }
  });
});
