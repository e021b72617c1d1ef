import { join, resolve } from "node:path";
import { exportsDir, isExportFormat, writeExport } from "../adapters/export/write-export.js";
import { exportFileName } from "../core/reports/chat.js";
import { buildReport } from "../core/reports/model.js";
import { isReportPeriod, REPORT_PERIODS } from "../core/reports/period.js";
import { str, UsageError, type Args, type Session } from "./common.js";

export const EXPORT_USAGE = "export --period q1..q4|h1|h2|year [--format xlsx|csv|md] [--out FILE] | export --chart [--period …] [--out FILE]";

/** export: the period's report as XLSX, CSV or Markdown, or the progress chart as PNG; prints where it went. */
export async function exportReport(args: Args, session: Session): Promise<void> {
  const period = str(args, "period") ?? "year";
  if (!isReportPeriod(period)) throw new UsageError(`--period must be one of ${REPORT_PERIODS.join(", ")}, not "${period}"\n${EXPORT_USAGE}`);
  const chart = args.values.chart === true;
  const format = chart ? "png" : (str(args, "format") ?? "xlsx");
  if (!isExportFormat(format) || (format === "png") !== chart) throw new UsageError(`--format must be xlsx, csv or md, not "${format}" (the chart is --chart)\n${EXPORT_USAGE}`);
  const { plan, store } = session.core;
  const model = store.read((state) => buildReport({ plan, state, period, now: session.clock.now(), timezone: session.config.BOT_TIMEZONE }));
  const out = str(args, "out");
  const name = exportFileName(period, format, plan.data.year);
  const path = await writeExport(model, format, out ? resolve(out) : join(exportsDir(session.config.DATA_DIR), name));
  process.stdout.write(`${path}\n`);
}
