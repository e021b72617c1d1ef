import type { ReportModel } from "../../core/reports/model.js";
import { reportHeading, reportTables } from "./tables.js";

const csvField = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * CSV for Excel: UTF-8 with a BOM (without it Excel reads Vietnamese as Windows-1252) and CRLF lines.
 * The tables follow one another, each under its name, separated by an empty line.
 */
export function renderCsv(model: ReportModel): Buffer {
  const lines = [csvField(reportHeading(model)), csvField(`Tính đến ${model.asOf}`)];
  for (const t of reportTables(model)) {
    lines.push("", csvField(t.name), t.columns.map((c) => csvField(c.header)).join(","));
    for (const row of t.rows) lines.push(t.columns.map((c) => csvField(c.value(row))).join(","));
  }
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

const mdCell = (v: string | number) =>
  String(v)
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ") || " ";

/** The whole report as Markdown tables. */
export function renderMarkdown(model: ReportModel): string {
  const out = [`# ${reportHeading(model)}`, "", `Tính đến ${model.asOf}.`];
  for (const t of reportTables(model)) {
    out.push("", `## ${t.name}`, "", `| ${t.columns.map((c) => mdCell(c.header)).join(" | ")} |`, `|${t.columns.map(() => " --- ").join("|")}|`);
    for (const row of t.rows) out.push(`| ${t.columns.map((c) => mdCell(c.value(row))).join(" | ")} |`);
  }
  return `${out.join("\n")}\n`;
}
