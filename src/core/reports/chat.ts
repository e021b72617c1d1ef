import type { Reply } from "../message.js";
import { answer, type Turn } from "../progress/turn.js";
import { localParts } from "../time.js";
import { buildReport, type ReportModel } from "./model.js";
import { isReportPeriod, reportPeriodOf, type ReportPeriod } from "./period.js";
import { chatSummary } from "./summary.js";

export type ExportKind = "xlsx" | "png";
export const MIME: Record<ExportKind | "csv" | "md", string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  csv: "text/csv",
  md: "text/markdown",
};

/**
 * The core never writes files. A reply asks for one with a path in this scheme ("export:q2.xlsx");
 * an adapter (adapters/export/attach-files.ts) renders it, writes it and puts the real path in its place.
 */
export const EXPORT_SCHEME = "export:";

export function exportFileName(period: ReportPeriod, kind: keyof typeof MIME, year: number): string {
  return `${kind === "png" ? "tien-do" : "bao-cao"}-${period}-${year}.${kind}`;
}

export function exportRequest(period: ReportPeriod, kind: ExportKind, year: number): NonNullable<Reply["files"]>[number] {
  return { name: exportFileName(period, kind, year), path: `${EXPORT_SCHEME}${period}.${kind}`, mime: MIME[kind] };
}

export function parseExportRequest(path: string): { period: ReportPeriod; kind: ExportKind } | undefined {
  const m = /^export:([a-z0-9]+)\.(xlsx|png)$/.exec(path);
  return m && isReportPeriod(m[1]!) ? { period: m[1], kind: m[2] as ExportKind } : undefined;
}

/** The command line that makes the same file ("export --period q1 --format xlsx"), for channels that cannot send it. */
export function exportCommand(fileName: string): string | undefined {
  const m = /^(bao-cao|tien-do)-([a-z0-9]+)-\d{4}\.(xlsx|csv|md|png)$/.exec(fileName);
  if (!m || !isReportPeriod(m[2]!)) return undefined;
  return m[3] === "png" ? `export --chart --period ${m[2]}` : `export --period ${m[2]} --format ${m[3]}`;
}

/** "báo cáo quý 2", "báo cáo 6 tháng", "xuất báo cáo cả năm": the summary in chat, the XLSX and the chart as files. */
export function reportExport(turn: Turn): Reply {
  const { plan, e } = turn;
  const period = reportPeriodOf(e.period, e.text, localParts(turn.now, turn.config.timezone).month);
  const model: ReportModel = turn.store.read((state) => buildReport({ plan, state, period, now: turn.now, timezone: turn.config.timezone }));
  const files = (["xlsx", "png"] as const).map((kind) => exportRequest(period, kind, plan.data.year));
  return answer(
    turn,
    "report_export",
    chatSummary(
      model,
      files.map((f) => f.name),
    ),
    { files, tasks: model.tasks.map((t) => t.id) },
  );
}
