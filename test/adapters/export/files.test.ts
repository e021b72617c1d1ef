import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { renderCsv, renderMarkdown } from "../../../src/adapters/export/text-formats.js";
import { renderXlsx } from "../../../src/adapters/export/xlsx.js";
import { buildReport } from "../../../src/core/reports/model.js";
import { chatSummary } from "../../../src/core/reports/summary.js";
import { NOW, PAYMENT, plan, reportState, summaryNumbers, TZ } from "../../core/reports/fixture.js";

const model = buildReport({ plan, state: reportState(), period: "q2", now: NOW, timezone: TZ });

async function readBack(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

describe("XLSX export", () => {
  it("has one sheet a table, with a bold frozen header row and set widths", async () => {
    const wb = await readBack(await renderXlsx(model));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Nhiệm vụ", "Cơ quan", "Chỉ tiêu", "Theo kỳ"]);
    const tasks = wb.getWorksheet("Nhiệm vụ")!;
    expect(rowValues(tasks, 1)).toEqual(["Số TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng", "Báo cáo gần nhất", "Văn bản, minh chứng", "Ngày báo cáo", "Người báo cáo"]);
    expect(tasks.getRow(1).font?.bold).toBe(true);
    expect(tasks.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(tasks.getColumn(2).width).toBe(50);
    expect(tasks.rowCount).toBe(1 + model.tasks.length);
    expect(rowValues(tasks, 2)).toEqual([
      "5",
      plan.task("5")!.short,
      "Sở Nội vụ",
      "Quý II (hạn 30/06/2023)",
      "Hoàn thành đúng hạn",
      "Hoàn thành",
      "123/QĐ-UBND ngày 18/06/2023",
      "20/06/2023",
      "Nguyễn Văn An (Sở Nội vụ)",
    ]);
    const targets = wb.getWorksheet("Chỉ tiêu")!;
    const payment = targets.getSheetValues().find((r) => Array.isArray(r) && String(r[2]).endsWith(PAYMENT)) as unknown[];
    expect(payment.slice(3, 8)).toEqual(["35%", "28%", "28/06/2023", "Nguyễn Văn An (Văn phòng UBND tỉnh)", "Chưa đạt"]);
  });

  it("carries the same numbers as the chat summary", async () => {
    const wb = await readBack(await renderXlsx(model));
    const said = summaryNumbers(chatSummary(model));
    const ws = wb.getWorksheet("Cơ quan")!;
    expect(rowValues(ws, 1)).toEqual(["Cơ quan chủ trì", "Số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành trễ hạn", "Đang thực hiện", "Quá hạn", "Chưa có báo cáo"]);
    for (let n = 2; n < ws.rowCount; n++) {
      const [name, total, onTime, late, , overdue] = rowValues(ws, n) as [string, number, number, number, number, number];
      expect(said.agencies.get(name)).toMatchObject({ total, ...(onTime ? { "đúng hạn": onTime } : {}), ...(late ? { "trễ hạn": late } : {}), ...(overdue ? { "quá hạn": overdue } : {}) });
    }
    expect(rowValues(ws, ws.rowCount)).toEqual(["Tổng cộng (mỗi nhiệm vụ tính một lần)", said.total, said.on_time, said.late, said.in_progress, said.overdue, said.not_reported]);
  });
});

describe("CSV and Markdown exports", () => {
  it("writes CSV as UTF-8 with a BOM, so Excel shows Vietnamese", () => {
    const bytes = renderCsv(model);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("Báo cáo Quý II năm 2023 — Kế hoạch CCHC 2023");
    expect(lines).toContain('Số TT,Nhiệm vụ,Cơ quan chủ trì,Thời hạn,Tình trạng,Báo cáo gần nhất,"Văn bản, minh chứng",Ngày báo cáo,Người báo cáo');
    expect(lines.find((l) => l.startsWith("5,"))).toContain("Nguyễn Văn An (Sở Nội vụ)");
    expect(lines.find((l) => l.startsWith("Tổng cộng"))).toBe(`Tổng cộng (mỗi nhiệm vụ tính một lần),10,1,1,0,8,0`);
  });

  it("renders Markdown tables with escaped cells", () => {
    const md = renderMarkdown(model);
    expect(md).toMatch(/^# Báo cáo Quý II năm 2023/);
    expect(md).toContain("| Sở Nội vụ | 5 | 1 | 1 | 0 | 3 | 0 |");
    for (const line of md.split("\n").filter((l) => l.startsWith("| 7.5 "))) expect(line.split(/(?<!\\)\|/).length).toBe(9);
  });
});
