import ExcelJS from "exceljs";
import type { ReportModel } from "../../core/reports/model.js";
import { reportHeading, reportTables } from "./tables.js";

/** The report as an XLSX workbook: one sheet a table, bold header row frozen in place, set widths. */
export async function renderXlsx(model: ReportModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "cchc-bot";
  wb.title = reportHeading(model);
  wb.subject = `Tính đến ${model.asOf}`;
  for (const table of reportTables(model)) {
    const ws = wb.addWorksheet(table.name, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
    ws.columns = table.columns.map((c) => ({ header: c.header, width: c.width }));
    for (const row of table.rows) ws.addRow(table.columns.map((c) => c.value(row)));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    ws.eachRow((row, n) => {
      if (n > 1) row.alignment = { vertical: "top", wrapText: true };
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
