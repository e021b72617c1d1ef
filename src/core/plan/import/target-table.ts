import type { Group, Target, TargetValue } from "../schema.js";
import type { AgencyBook } from "./agency-book.js";
import type { Columns, TargetRole } from "./columns.js";
import { clean, oneLine, sentenceCase, type GridCell } from "./document.js";
import type { ImportIssue } from "./result.js";
import type { TableInput } from "./task-table.js";

const NUMBER_ID = /^(\d+)(?:\.(\d+))?\.?$/;
const ROMAN_ID = /^[IVXL]+\.?$/;

/** Targets of a targets appendix: group rows (1, 2 …), targets (1.1), and "- label | value" lines under a target. */
export function readTargetTable(table: TableInput, columns: Columns<TargetRole>, book: AgencyBook, issues: ImportIssue[]) {
  const targets: Target[] = [];
  const groups: Group[] = [];
  const text = (row: GridCell[], role: TargetRole) => (columns[role] === undefined ? "" : clean(row[columns[role]!]!.text));
  let roman: string | undefined;
  for (let r = table.headerRows; r < table.grid.length; r++) {
    const row = table.grid[r]!;
    const id = oneLine(text(row, "id"));
    const where = `${table.where(r)}${id ? `, dòng ${id}` : ""}`;
    const title = oneLine(text(row, "title"));
    const valueText = text(row, "value");
    const monitoringText = oneLine(text(row, "monitoring"));
    const implementingText = oneLine(text(row, "implementing"));
    if (!id && !title && !valueText) continue;
    const num = NUMBER_ID.exec(id);
    const hasData = Boolean(valueText || monitoringText || implementingText);
    const spanning = !id && title && row.slice(1).every((c) => c.from === "left" || !c.text.trim());
    const inText = spanning ? /^([IVXL]+)[.)\s-]+(.+)$/u.exec(title) : null;
    if (ROMAN_ID.test(id) || inText || (num && !num[2] && !hasData)) {
      const group = { id: inText ? inText[1]! : id.replace(/\.$/, ""), title: sentenceCase(inText ? inText[2]! : title || id) };
      groups.push(group);
      roman = /^[IVXL]+$/.test(group.id) ? group.id : undefined;
      continue;
    }
    if (!num) {
      const last = targets.at(-1);
      if (!last) continue;
      // "- Bộ phận Một cửa cấp xã | 40%": a part of the target above, with its own value.
      const label = title.replace(/^[-+•]\s*/, "").replace(/[.:;]$/, "");
      const value = readValue(valueText);
      if (label) {
        // The first "- …" line replaces an empty main value: the row was a heading for its parts.
        if (last.values.length === 1 && last.values[0]!.value === null && last.values[0]!.label === null) last.values = [];
        last.values.push({ label, ...value });
      }
      continue;
    }
    const tid = num[2] ? `${num[1]}.${num[2]}` : num[1]!;
    if (targets.some((t) => t.id === tid)) {
      issues.push({ where, field: "id", text: id, code: "skipped", problem: "số thứ tự trùng với một dòng trước, dòng này bị bỏ qua" });
      continue;
    }
    // Targets numbered 1, 2, 3 under roman group rows belong to those; 1.1, 1.2 belong to row 1.
    const gid = roman && !groups.some((g) => g.id === num[1]) ? roman : num[1]!;
    if (!groups.some((g) => g.id === gid)) groups.push({ id: gid, title: sentenceCase(num[2] ? title : title) });
    let monitoring = monitoringText ? book.read(monitoringText, where, "monitoring") : [];
    const above = targets.at(-1);
    if (monitoring.length === 0 && !monitoringText && table.blankMeansAbove && above) {
      // A PDF's blank cell under a merged one: the row above's unit.
      monitoring = above.monitoring;
      issues.push({
        where,
        field: "monitoring",
        text: above.monitoringAsWritten ?? above.monitoring.map((id) => book.name(id)).join("; "),
        code: "guessed",
        problem: `ô trống, lấy theo dòng ${above.id} phía trên (ô gộp)`,
      });
    }
    if (monitoring.length === 0) {
      issues.push({ where, field: "monitoring", text: monitoringText, code: "missing", problem: monitoringText ? "không nhận ra đơn vị theo dõi" : "thiếu đơn vị theo dõi" });
      monitoring = [book.placeholder()];
    }
    const implementing = implementingText ? book.read(implementingText, where, "implementing") : [];
    const value = readValue(valueText);
    if (value.value === null && valueText) issues.push({ where, field: "value", text: valueText, code: "missing", problem: "chỉ tiêu không có giá trị" });
    targets.push({
      id: tid,
      group: gid,
      title: title || `Chỉ tiêu ${tid}`,
      values: [{ label: null, ...value }],
      monitoring,
      ...(monitoringText ? { monitoringAsWritten: monitoringText } : {}),
      implementing,
      implementingAsWritten: implementingText,
      source: { part: table.part, row: tid, at: table.at(r) },
    });
  }
  for (const t of targets) {
    if (t.values.every((v) => v.value === null)) issues.push({ where: `${table.part}, dòng ${t.id}`, field: "value", text: t.title, code: "missing", problem: "chỉ tiêu không ghi giá trị phấn đấu" });
  }
  return { targets, groups };
}

/** "80%\n(Tỷ lệ … đăng ký)" → 80% with the bracket as a note; "-" or nothing → no value. */
function readValue(text: string): Omit<TargetValue, "label"> {
  const t = text.replace(/\n/g, " ").replace(/\s+/g, " ").trim();
  if (!t || /^[-–—]+$/.test(t)) return { value: null };
  const note = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(t);
  if (note?.[1]) return { value: note[1], note: note[2]! };
  return { value: t };
}
