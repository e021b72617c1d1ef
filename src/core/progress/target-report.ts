import type { Reply } from "../message.js";
import { namedPart } from "../plan/parts.js";
import type { RosterEntry } from "../state.js";
import { clearPending, setPending } from "./pending.js";
import { UNDO_HINT } from "./report-text.js";
import { goalOf, judge, VERDICT_EN, VERDICT_VI } from "./target-values.js";
import { answer, personName, tt, vnDateTime, type Turn } from "./turn.js";

const PERCENT = /(\d{1,3}(?:[.,]\d{1,2})?)\s*%/;
const WORDS = /(?:đạt|dat|là|la|=|:)\s*(nhóm\s+\S+|[^,.;]{2,40})$/iu;

/** "chỉ tiêu 7.5 thanh toán trực tuyến đạt 28%": the monitoring unit (or office) records a target's value. */
export async function reportTarget(turn: Turn, entry: RosterEntry | undefined, admin: boolean): Promise<Reply> {
  const target = turn.plan.target(turn.e.targets[0]!)!;
  const monitor = target.monitoringAsWritten ?? target.monitoring.map((a) => turn.plan.agencyName(a)).join("; ");
  const allowed = admin || entry?.role === "office" || entry?.role === "admin" || (entry?.agency !== undefined && target.monitoring.includes(entry.agency));
  if (!allowed) {
    await turn.store.update((d) => clearPending(d, turn.key, turn.now));
    return answer(
      turn,
      "denied",
      tt(
        turn,
        `⛔ Chỉ tiêu ${target.id} do ${monitor} theo dõi; chỉ đơn vị theo dõi hoặc cán bộ văn phòng được cập nhật số liệu. Chưa có gì được lưu.`,
        `⛔ Target ${target.id} is monitored by ${monitor}; only the monitoring unit or office users can record its value. Nothing was stored.`,
      ),
      { targets: [target.id] },
    );
  }
  const text = turn.message.text;
  const value = PERCENT.exec(text)?.[0]?.replace(/\s+/g, "") ?? WORDS.exec(text.trim())?.[1]?.trim();
  if (!value) {
    const pending = { key: turn.key, intent: "progress_update", slots: { targets: [target.id] }, missing: ["value"], text };
    await turn.store.update((d) => setPending(d, pending, turn.now));
    return answer(
      turn,
      "clarify",
      tt(turn, `Chỉ tiêu ${target.id} đạt bao nhiêu? Ví dụ «chỉ tiêu ${target.id} đạt 28%».`, `What value did target ${target.id} reach? E.g. "target ${target.id} 28%".`),
      { targets: [target.id] },
    );
  }
  const part = target.values.length > 1 ? namedPart(target, turn.e.folded, false) : undefined;
  if (target.values.length > 1 && !part) {
    // Several figures and none named: ask, offering each as a ready-made report.
    const choices = target.values.filter((v) => v.label).map((v) => ({ label: `${v.label} (${v.value ?? "—"})`, value: `chỉ tiêu ${target.id} ${v.label} đạt ${value}` }));
    return answer(turn, "clarify", tt(turn, `Số liệu ${value} là của phần nào trong chỉ tiêu ${target.id}?`, `Which part of target ${target.id} is ${value} for?`), { targets: [target.id], choices });
  }
  const record = await turn.store.update((d) => {
    clearPending(d, turn.key, turn.now);
    const r = {
      seq: ++d.seq,
      kind: "report" as const,
      target: target.id,
      value,
      ...(part?.label ? { part: part.label } : {}),
      note: text,
      user: turn.message.user,
      agency: entry?.agency,
      channel: turn.message.channel,
      at: turn.now.toISOString(),
      text,
    };
    d.records.push(r);
    return r;
  });
  const goal = goalOf(target, record.part);
  const verdict = judge(goal, record);
  const verdictText = (turn.lang === "en" ? VERDICT_EN : VERDICT_VI)[verdict];
  const which = part?.label ? ` — ${part.label}` : "";
  const lines = [
    tt(
      turn,
      `✅ Đã ghi nhận chỉ tiêu ${target.id}${which}: ${value} (chỉ tiêu ${goal?.value ?? "—"}: ${verdictText}).`,
      `✅ Recorded target ${target.id}${which}: ${value} (goal ${goal?.value ?? "—"}: ${verdictText}).`,
    ),
    `${tt(turn, "Người báo cáo", "Reported by")}: ${personName(
      turn.store.read((s) => s),
      turn.message.user,
      turn.message.userName,
    )}${entry?.agency ? ` · ${turn.plan.agencyName(entry.agency)}` : ""} · ${vnDateTime(record.at, turn.config.timezone)}`,
    UNDO_HINT[turn.lang],
  ];
  return answer(turn, "progress_update", lines.join("\n"), { targets: [target.id] });
}
