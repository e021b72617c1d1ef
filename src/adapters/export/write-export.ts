import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { ReportModel } from "../../core/reports/model.js";
import { renderChartPng } from "./chart.js";
import { renderCsv, renderMarkdown } from "./text-formats.js";
import { renderXlsx } from "./xlsx.js";

export const EXPORT_FORMATS = ["xlsx", "csv", "md", "png"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export class ExportError extends Error {
  override name = "ExportError";
  constructor(
    readonly code: "export_render_failed" | "export_write_failed",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Where files go unless told otherwise: DATA_DIR/exports/. */
export const exportsDir = (dataDir: string) => join(dataDir, "exports");

export async function renderExport(model: ReportModel, format: ExportFormat): Promise<Buffer> {
  try {
    if (format === "xlsx") return await renderXlsx(model);
    if (format === "png") return await renderChartPng(model);
    return format === "csv" ? renderCsv(model) : Buffer.from(renderMarkdown(model), "utf8");
  } catch (error) {
    throw new ExportError("export_render_failed", `could not render the ${format} report: ${(error as Error).message}`, { cause: error });
  }
}

/** Renders and writes one file (atomically: a reader never sees half a workbook); resolves with its path. */
export async function writeExport(model: ReportModel, format: ExportFormat, path: string): Promise<string> {
  const bytes = await renderExport(model, format);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, bytes);
  } catch (error) {
    throw new ExportError("export_write_failed", `could not write ${path}: ${(error as Error).message}`, { cause: error });
  }
  return path;
}
