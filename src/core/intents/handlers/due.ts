import type { Reply } from "../../message.js";
import { askedRole } from "../asked-role.js";
import { taskCount } from "../../render/task-count.js";
import { compareIds } from "../../plan/plan.js";
import { milestoneIn, type AskedPeriod } from "../../plan/periods.js";
import { quarterName } from "../../render/dates.js";
import { taskSection } from "../../render/lines.js";
import { bodyReply, reply, t, type AskContext, handOff } from "../context.js";
import type { Lang } from "../../message.js";
import { withReorganisationNote } from "./across-reorganisation.js";

export function periodName(p: AskedPeriod, lang: Lang, year: number): string {
  switch (p.kind) {
    case "quarter": {
      const q = `${quarterName(p.quarter, lang)}/${year}`;
      if (p.from !== "month") return q;
      return lang === "en" ? `month ${p.month} (${q})` : `tháng ${p.month} (thuộc ${q})`;
    }
    case "half":
      return lang === "en" ? `the ${p.half === 1 ? "first" : "second"} half of ${year}` : `6 tháng ${p.half === 1 ? "đầu" : "cuối"} năm ${year}`;
    case "quarters":
      return `${p.quarters.map((q) => quarterName(q, lang)).join(lang === "en" ? " and " : " và ")}/${year}`;
    case "upTo": {
      const end = p.month ?? p.quarter * 3;
      return lang === "en"
        ? `the period up to the end of ${quarterName(p.quarter, lang)}/${year} (by month ${end})`
        : `giai đoạn đến hết ${quarterName(p.quarter, lang)}/${year} (tính đến tháng ${end})`;
    }
    case "year":
      return lang === "en" ? `the year ${year}` : `cả năm ${year}`;
    case "yearLong":
      return lang === "en" ? `all year ("Cả năm")` : "cả năm (thực hiện suốt năm)";
  }
}

export function due(ctx: AskContext): Reply {
  const { e } = ctx;
  // "bao nhiêu % xã phải chuyển đổi số năm nay": "năm nay" is no period asked when a target matches strongly.
  if (e.period?.kind === "year" && e.period.weak && ctx.features.has("target_strong") && !e.cues.has("task_word") && !e.agencies.length) return handOff(ctx, "target");
  return withReorganisationNote(ctx, dueList(ctx));
}

function dueList(ctx: AskContext) {
  const { plan, e } = ctx;
  const period = e.period!;
  const agency = e.agencies[0];
  const role = askedRole(e.cues);
  const tasks = plan.dueIn(period, agency, role).sort((a, b) => compareIds(a.id, b.id));
  const name = periodName(period, ctx.lang, plan.data.year);
  const who = agency ? plan.agencyName(agency) : undefined;
  const roleWord = role === "lead" ? t(ctx, "chủ trì", "leads") : role === "cooperating" ? t(ctx, "phối hợp", "cooperates on") : t(ctx, "có (chủ trì hoặc phối hợp)", "has (leads or cooperates on)");
  if (tasks.length === 0) {
    const text = who
      ? t(ctx, `${who} không ${roleWord} nhiệm vụ nào đến hạn trong ${name}.`, `${who} ${roleWord} no task due in ${name}.`)
      : t(ctx, `Không có nhiệm vụ nào đến hạn trong ${name}.`, `No task is due in ${name}.`);
    return reply(ctx, "due", text);
  }
  const { n, note } = taskCount(tasks, ctx.lang);
  const head = who
    ? t(ctx, `${who} ${roleWord} ${n} nhiệm vụ đến hạn trong ${name}${note}:`, `${who} ${roleWord} ${n} task(s) due in ${name}${note}:`)
    : t(ctx, `${name[0]!.toUpperCase()}${name.slice(1)} có ${n} nhiệm vụ đến hạn${note}:`, `${n} task(s) due in ${name}${note}:`);
  const section = taskSection(plan, head, tasks, ctx.lang, {
    milestonesOf: (task) => task.milestones.filter((m) => milestoneIn(m, period)),
    status: ctx.status,
    of: role === "lead" ? agency : undefined,
  });
  const yearLong = period.kind !== "year" && period.kind !== "yearLong" ? plan.dueIn({ kind: "yearLong" }, agency, role).length : 0;
  const yearText = yearLong
    ? t(ctx, `Ngoài ra ${yearLong} nhiệm vụ thực hiện cả năm (hạn 31/12): hỏi «nhiệm vụ cả năm».`, `Also ${yearLong} task(s) run all year (due 31/12): ask "tasks all year".`)
    : "";
  // Rows with no due date ("Thường xuyên", "Theo tiến độ …") are never due in a period; they are named once.
  const ongoing = agency ? [] : plan.tasks.filter((x) => x.milestones.length > 0 && x.milestones.every((m) => m.ongoing)).map((x) => x.id);
  const goingOn = ongoing.length ? t(ctx, `Thực hiện thường xuyên, không có hạn: nhiệm vụ ${ongoing.join(", ")}.`, `Ongoing, with no due date: task(s) ${ongoing.join(", ")}.`) : "";
  const outro = [yearText, goingOn].filter(Boolean).join("\n") || undefined;
  return bodyReply(ctx, "due", { sections: [section], ...(outro ? { outro } : {}) }, { tasks: tasks.map((x) => x.id) });
}
