import { taskCount } from "../render/task-count.js";
import type { Reply, ReplyItem } from "../message.js";
import type { Plan } from "../plan/plan.js";
import { compareIds } from "../plan/plan.js";
import type { Task } from "../plan/schema.js";
import { quarterName } from "../render/dates.js";
import { leadGroups, leadNames } from "../render/lines.js";
import type { State } from "../state.js";
import { digestSections, type DigestSections, type SectionOptions } from "./digest-sections.js";
import { dmy } from "../render/dates.js";
import { exportRequest } from "../reports/chat.js";
import { agencyMentions } from "./mentions.js";
import { isoWeekday } from "./zoned-time.js";

/** The sentence forms the bot understands as reports; digests and nudges end with them. */
export const REPORT_HINT = "Báo cáo bằng cách nhắn: «nhiệm vụ <số> đã hoàn thành, QĐ số …» hoặc «nhiệm vụ <số> đang thực hiện 50%».";
/** Lines with a title per section and agency; the rest of the section is listed by number. */
export const TITLED_LINES = 3;
const TITLE_CHARS = 38;

export interface DigestOptions extends SectionOptions {
  /** The address the digest goes to: decides how people are mentioned. */
  channel: string;
}

type Key = "overdue" | "due" | "stale" | "completed";
type Line = { task: Task; detail: string };
export const SECTION_LABELS: Record<Key, string> = { overdue: "⚠️ Quá hạn", due: "⏰ Đến hạn", stale: "💤 Lâu chưa báo cáo", completed: "✅ Mới hoàn thành" };
const ITEM_STATUS: Record<Key, string> = { overdue: "quá hạn", due: "đến hạn trong quý", stale: "lâu chưa báo cáo", completed: "done" };
const WEEKDAYS = ["", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"];

export const dm = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
export { dmy };
export const shortTitle = (task: Task) => (task.short.length > TITLE_CHARS ? `${task.short.slice(0, TITLE_CHARS - 1).trimEnd()}…` : task.short);

function linesOf(s: DigestSections): Record<Key, Line[]> {
  return {
    overdue: s.overdue.map((e) => ({ task: e.task, detail: `hạn ${dm(e.due)}, trễ ${e.daysLate} ngày` })),
    due: s.due.map((e) => ({ task: e.task, detail: e.daysLeft > 0 ? `hạn ${dm(e.due)}, còn ${e.daysLeft} ngày` : `hạn hôm nay ${dm(e.due)}` })),
    stale: s.stale.map((e) => ({ task: e.task, detail: e.days === undefined ? "chưa có báo cáo" : `${e.days} ngày` })),
    completed: s.completed.map((e) => ({ task: e.task, detail: `xong ${dm(e.on)}${e.late ? ", trễ hạn" : ""}${e.pending ? ", chờ xác nhận" : ""}` })),
  };
}

/** One section of one agency, trimmed for a phone: the first lines with titles, the rest by number. */
export function sectionText(label: string, lines: Line[]): string[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, TITLED_LINES).map((l) => `• NV ${l.task.id} ${shortTitle(l.task)} — ${l.detail}`);
  const rest = lines.slice(TITLED_LINES);
  if (rest.length) shown.push(`• … và ${rest.length} NV khác: ${rest.map((l) => l.task.id).join(", ")}`);
  return [`${label} (${lines.length}):`, ...shown];
}

/** Stale tasks mostly repeat the due list: one line of numbers, grouped by how long they have been silent. */
export function compactSection(label: string, lines: Line[]): string[] {
  if (lines.length === 0) return [];
  const byDetail = new Map<string, string[]>();
  for (const l of lines) byDetail.set(l.detail, [...(byDetail.get(l.detail) ?? []), l.task.id]);
  return [`${label} (${lines.length}): ${[...byDetail].map(([detail, ids]) => `${ids.join(", ")} (${detail})`).join("; ")}`];
}

/**
 * The weekly digest for one channel, built from data and templates only: what is overdue, due this
 * quarter, stale and newly done, grouped by lead agency with its people mentioned, then the counts.
 */
export function composeDigest(plan: Plan, state: Readonly<State>, options: DigestOptions): Reply {
  const s = digestSections(plan, state, options);
  const lines = linesOf(s);
  const labels = { ...SECTION_LABELS, due: `${SECTION_LABELS.due} ${quarterName(s.clock.quarter, "vi")}` };
  const order = new Map(plan.data.agencies.map((a, i) => [a.id, i]));
  const groups = new Map<string, { name: string; agencies: string[]; lines: Record<Key, Line[]> }>();
  for (const key of Object.keys(lines) as Key[]) {
    for (const line of lines[key]) {
      for (const lead of leadGroups(plan, line.task, options.agency)) {
        const group = groups.get(lead.name) ?? { ...lead, lines: { overdue: [], due: [], stale: [], completed: [] } };
        group.lines[key].push(line);
        groups.set(lead.name, group);
      }
    }
  }
  const blocks = [...groups.values()]
    .toSorted((a, b) => (order.get(a.agencies[0]!) ?? 999) - (order.get(b.agencies[0]!) ?? 999))
    .map(({ name, agencies, lines: group }) => {
      const people = [...new Set(agencies.flatMap((agency) => agencyMentions(state, options.channel, agency)))];
      const head = `🏢 ${name}${people.length ? ` — ${people.join(", ")}` : ""}`;
      return [head, ...(Object.keys(group) as Key[]).flatMap((key) => (key === "stale" ? compactSection : sectionText)(labels[key], group[key]))].join("\n");
    });
  const { clock } = s;
  const scope = options.agency ? plan.agencyName(options.agency) : "Toàn bộ Kế hoạch";
  const shifted = clock.shifted ? `\n(Kế hoạch năm ${clock.year}: hạn được tính như hôm nay là ${dmy(clock.date)}.)` : "";
  const c = s.quarter.counts;
  // Tasks as chat's due list counts them ("8 nhiệm vụ đến hạn (kèm việc con 10.1, 10.2)"); the standings count rows.
  const due = taskCount(s.quarter.tasks, "vi");
  const counts = `${quarterName(clock.quarter, "vi")}/${clock.year}: ${due.n} nhiệm vụ đến hạn${due.note} — đúng hạn ${c.done_on_time} · trễ hạn ${c.done_late} · đang làm ${c.in_progress} · quá hạn ${c.overdue} · chưa báo cáo ${c.not_reported}.${s.quarter.yearLong ? ` Ngoài ra ${s.quarter.yearLong} nhiệm vụ thực hiện cả năm (hạn 31/12), không tính vào quý.` : ""}`;
  const body = blocks.length ? blocks.join("\n\n") : "Không có việc nào quá hạn, sắp đến hạn hay lâu chưa báo cáo. 👍";
  const text = [`📋 Nhắc việc CCHC — ${WEEKDAYS[isoWeekday(clock.today)]} ${dmy(clock.today)} · ${scope}${shifted}`, counts, "", body, "", REPORT_HINT].join("\n");
  const items = new Map<string, ReplyItem>();
  for (const key of Object.keys(lines) as Key[]) {
    for (const l of lines[key]) {
      if (!items.has(l.task.id)) items.set(l.task.id, { kind: "task", id: l.task.id, title: l.task.short, lead: leadNames(plan, l.task), deadline: l.detail, status: ITEM_STATUS[key] });
    }
  }
  const list = [...items.values()].toSorted((a, b) => compareIds(a.id, b.id));
  const mentions = options.channel.startsWith("slack:") ? state.roster.map((r) => r.user).filter((u) => u.startsWith("slack:") && text.includes(`<@${u.slice(6)}>`)) : [];
  // On Slack the digest carries the year's progress chart (rendered by the export adapter on sending).
  const files = options.channel.startsWith("slack:") ? [exportRequest("year", "png", plan.data.year)] : undefined;
  return { intent: "digest", text, lang: "vi", tasks: list.map((i) => i.id), targets: [], items: list, ...(mentions.length ? { mentions } : {}), ...(files ? { files } : {}) };
}
