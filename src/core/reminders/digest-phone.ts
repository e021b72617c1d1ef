import type { Reply, ReplyBody } from "../message.js";
import type { Plan } from "../plan/plan.js";
import { leadNames } from "../render/lines.js";
import type { State } from "../state.js";
import { composeDigest, dm, REPORT_HINT, SECTION_LABELS, shortTitle, type DigestOptions } from "./digest.js";
import { digestSections } from "./digest-sections.js";
import { agencyMentions } from "./mentions.js";
import { quarterName } from "../render/dates.js";

/** The digest's first screen names this many tasks; the full list is one «xem tiếp» away. */
export const URGENT_LINES = 3;
/** A digest naming this few tasks is sent whole. */
export const WHOLE_TASKS = 5;

/**
 * The weekly digest for a phone: the counts and the most urgent tasks (longest overdue, then nearest
 * deadline) with their people, and the full list by agency kept for «xem tiếp» (`continuation`).
 */
export function composePhoneDigest(plan: Plan, state: Readonly<State>, options: DigestOptions): Reply {
  const full = composeDigest(plan, state, options);
  if (full.tasks.length <= WHOLE_TASKS) return full;
  const s = digestSections(plan, state, options);
  const urgent = [
    ...s.overdue.toSorted((a, b) => b.daysLate - a.daysLate).map((e) => ({ task: e.task, detail: `quá hạn ${e.daysLate} ngày (hạn ${dm(e.due)})` })),
    ...s.due.toSorted((a, b) => a.daysLeft - b.daysLeft).map((e) => ({ task: e.task, detail: e.daysLeft > 0 ? `hạn ${dm(e.due)}, còn ${e.daysLeft} ngày` : `hạn hôm nay ${dm(e.due)}` })),
  ].slice(0, URGENT_LINES);
  const agencies = options.agency ? [options.agency] : [...new Set(urgent.flatMap((u) => u.task.lead))];
  const people = [...new Set(agencies.flatMap((a) => agencyMentions(state, options.channel, a)))];
  const paragraphs = full.text.split("\n\n");
  const head = paragraphs[0]!;
  const dueLabel = `${SECTION_LABELS.due} ${quarterName(s.clock.quarter, "vi")}`;
  const counts = [
    [SECTION_LABELS.overdue, s.overdue.length],
    [dueLabel, s.due.length],
    [SECTION_LABELS.stale, s.stale.length],
    [SECTION_LABELS.completed, s.completed.length],
  ]
    .filter(([, n]) => n)
    .map(([label, n]) => `${label}: ${n}`)
    .join(" · ");
  const lines = urgent.map((u) => `• NV ${u.task.id} ${shortTitle(u.task)} — ${u.detail} · ${leadNames(plan, u.task)}`);
  // The full list names people by name: «xem tiếp» is a reply to whoever asks, not a new notification.
  const quiet = composeDigest(plan, state, { ...options, channel: `text:${options.channel}` }).text.split("\n\n");
  const continuation: ReplyBody = { intro: `Danh sách đầy đủ — ${head.split("\n")[0]!.replace(/^📋 /, "")}`, sections: quiet.slice(1, -1).map((block) => ({ items: [], foot: block })) };
  const rest = full.tasks.length - urgent.length;
  const more = `Gõ «xem tiếp» để xem đủ ${full.tasks.length} nhiệm vụ theo từng cơ quan.`;
  const text = [head, counts, ...(lines.length ? ["Gấp nhất:", ...lines] : []), ...(people.length ? [`👥 ${people.join(", ")}`] : []), "", more, REPORT_HINT].join("\n");
  const mentions = (full.mentions ?? []).filter((u) => text.includes(`<@${u.slice(6)}>`));
  const { items: _items, ...rest_ } = full;
  return { ...rest_, text, ...(mentions.length ? { mentions } : { mentions: undefined }), more: { remaining: rest, command: "xem tiếp" }, continuation };
}
