import { asksForRows } from "../asks-for-rows.js";
import { strong, themeHits } from "../features.js";
import { confidentPassages } from "../../language/passage-search.js";
import { fold } from "../../language/normalise.js";
import { askedRole } from "../asked-role.js";
import { taskCount } from "../../render/task-count.js";
import type { Reply, ReplySection } from "../../message.js";
import { compareIds } from "../../plan/plan.js";
import { targetValuesItem, taskSection } from "../../render/lines.js";
import { bodyReply, reply, t, type AskContext, handOff } from "../context.js";
import type { Task } from "../../plan/schema.js";
import { acrossReorganisation } from "./across-reorganisation.js";
import { dutyPassages } from "./duty-passages.js";

/** "Văn phòng UBND tỉnh và Sở TT&TT cùng tham gia nhiệm vụ nào?": rows that name every agency asked about. */
function together(ctx: AskContext): Reply {
  const { plan, e } = ctx;
  const on = (task: Task, id: string) => task.lead.includes(id) || task.cooperating.includes(id);
  const tasks = plan.tasks.filter((x) => e.agencies.every((id) => on(x, id))).sort((a, b) => compareIds(a.id, b.id));
  const names = e.agencies.map((id) => plan.agencyName(id)).join(t(ctx, " và ", " and "));
  if (tasks.length === 0) return reply(ctx, "agency", t(ctx, `Không có nhiệm vụ nào ghi tên cả ${names}.`, `No task names both ${names}.`));
  const section = taskSection(plan, t(ctx, `${names} cùng có tên ở ${tasks.length} nhiệm vụ:`, `${names} are both named on ${tasks.length} task(s):`), tasks, ctx.lang, { status: ctx.status });
  return bodyReply(ctx, "agency", { sections: [section] }, { tasks: tasks.map((x) => x.id) });
}

/** "Nhiệm vụ nào VP UBND tỉnh chủ trì còn Sở TT&TT phối hợp?": rows with the one leading and the other cooperating. */
function paired(ctx: AskContext): Reply {
  const { plan, e } = ctx;
  const [a, b] = e.agencies as [string, string];
  const [lead, coop] = e.roleFirst === "lead" ? [a, b] : [b, a];
  const tasks = plan.tasks.filter((x) => x.lead.includes(lead) && x.cooperating.includes(coop)).sort((x, y) => compareIds(x.id, y.id));
  const [l, c] = [plan.agencyName(lead), plan.agencyName(coop)];
  if (tasks.length === 0) return reply(ctx, "agency", t(ctx, `Không có nhiệm vụ nào do ${l} chủ trì và ${c} phối hợp.`, `No task is led by ${l} with ${c} cooperating.`));
  const count = taskCount(tasks, ctx.lang);
  const head = t(ctx, `${count.n} nhiệm vụ do ${l} chủ trì, ${c} phối hợp${count.note}:`, `${count.n} task(s) led by ${l} with ${c} cooperating${count.note}:`);
  return bodyReply(ctx, "agency", { sections: [taskSection(plan, head, tasks, ctx.lang, { status: ctx.status })] }, { tasks: tasks.map((x) => x.id) });
}

/**
 * "Sở Tư pháp được giao tham mưu nâng cao hiệu quả công tác gì?": the question's own words are in that agency's
 * duties in the body (Mục V), more than in any row it leads: its duties answer.
 */
function asksOwnDuty(ctx: AskContext, id: string): boolean {
  const { plan, e } = ctx;
  if (!e.question || e.cues.has("which_tasks") || e.cues.has("lead") || strong(e.taskHits)) return false;
  // A duty is asked in words of its own: without two content words beside the agency's name, no body search.
  const named = new Set(e.agencySpans.flatMap((span) => span.split(" ")));
  if (e.lang === "vi" && e.contentWords.filter((w) => !named.has(w)).length < 2) return false;
  return confidentPassages(e.passageHits).some((h) => (h.pairs >= 2 || h.matched >= 3) && plan.passage(h.id)?.responsible?.includes(id));
}

/** The words that named the agency stand inside the title of a row the question matches. */
function nameInTitle(ctx: AskContext): boolean {
  const titles = themeHits(ctx.e.taskHits).map((h) => ` ${fold(ctx.plan.task(h.id)!.title)} `);
  return ctx.e.agencySpans.some((span) => titles.some((title) => title.includes(` ${span} `)));
}

export function agency(ctx: AskContext): Reply {
  const across = acrossReorganisation(ctx, agency);
  if (across) return across;
  const { plan, e } = ctx;
  const id = e.agencies[0]!;
  const name = plan.agencyName(id);
  // Báo Bình Định or the Cổng TTĐT have no appendix rows, only duties in Mục V: those answer "có nhiệm vụ gì".
  if (plan.ledBy(id).length + plan.cooperatedBy(id).length + plan.monitoredBy(id).length === 0 && plan.passages.some((p) => p.responsible?.includes(id))) return dutyPassages(ctx);
  if (e.agencies.length > 1 && e.cues.has("together")) return together(ctx);
  if (e.agencies.length === 2 && e.roleFirst) return paired(ctx);
  // "nv số 7 là SNV hay Sở KH&ĐT chủ trì?": a question about one row's lead, whichever agencies it names.
  if (e.tasks.length === 1 && (e.cues.has("who") || e.cues.has("lead")) && !e.cues.has("except") && !e.cues.has("which_tasks") && !e.period) return handOff(ctx, "task");
  if (asksOwnDuty(ctx, id)) return dutyPassages(ctx);
  // "Quy định chế độ báo cáo … do VP UBND tỉnh chủ trì, vậy đơn vị nào phối hợp?": a row quoted, a field asked.
  if (ctx.features.has("row_asked") && !e.cues.has("which_tasks") && !e.groups.length && !e.period) return handOff(ctx, "task");
  // "… Chỉ số năng lực cạnh tranh các sở, ngành, địa phương (DDCI)": a name inside the title asked for is the title.
  if (asksForRows(ctx) && nameInTitle(ctx)) return handOff(ctx, "topic", { ...e, agencies: [] });
  // "Sở Nội vụ chủ trì nhiệm vụ nào trong nhóm cải cách thể chế?": the area narrows the list, as topic lists it.
  if (e.groups.length && !e.cues.has("except")) return handOff(ctx, "topic");
  const role = askedRole(e.cues);
  const onlyCoop = role === "cooperating";
  const onlyLead = role === "lead";
  // "… ngoài nhiệm vụ 8", "… ngoài lĩnh vực chính quyền điện tử": those rows are left out.
  const excluded = (task: Task) => e.cues.has("except") && (e.tasks.includes(task.id) || e.groups.includes(task.group));
  const led = onlyCoop
    ? []
    : plan
        .ledBy(id)
        .filter((x) => !excluded(x))
        .sort((a, b) => compareIds(a.id, b.id));
  const coop = onlyLead
    ? []
    : plan
        .cooperatedBy(id)
        .filter((x) => !excluded(x) && !led.includes(x))
        .sort((a, b) => compareIds(a.id, b.id));
  const monitored = onlyLead || onlyCoop ? [] : plan.monitoredBy(id);
  // A body the plan names only through its members ("Các thành viên Ban Chỉ đạo …" on rows 10 and 10.1):
  // those rows, under the members' name as the plan writes it, instead of "named nowhere".
  const bodies = coop.length || onlyLead ? [] : plan.data.agencies.filter((a) => a.id !== id && fold(a.name).includes(fold(name)));
  const members = bodies
    .flatMap((a) => plan.cooperatedBy(a.id))
    .filter((x, i, all) => all.indexOf(x) === i && !excluded(x) && !led.includes(x))
    .sort((a, b) => compareIds(a.id, b.id));
  const membersName = bodies.map((a) => a.name).join("; ");
  const memberCount = taskCount(members, ctx.lang);
  const [ledCount, coopCount] = [taskCount(led, ctx.lang), taskCount(coop, ctx.lang)];
  const sections: ReplySection[] = [];
  if (!onlyCoop) {
    sections.push(
      led.length
        ? taskSection(plan, t(ctx, `${name} chủ trì ${ledCount.n} nhiệm vụ${ledCount.note}:`, `${name} leads ${ledCount.n} task(s)${ledCount.note}:`), led, ctx.lang, { status: ctx.status, of: id })
        : { head: t(ctx, `${name} không chủ trì nhiệm vụ nào trong Phụ lục 2.`, `${name} leads no task in Phụ lục 2.`), items: [] },
    );
  }
  if (!onlyLead) {
    // Each row names its real lead: a cooperating agency is never shown as leading it.
    sections.push(
      coop.length
        ? taskSection(
            plan,
            // Alone, the list names its agency; under the "chủ trì" list it continues that sentence.
            onlyCoop
              ? t(ctx, `${name} phối hợp ${coopCount.n} nhiệm vụ${coopCount.note}:`, `${name} cooperates on ${coopCount.n} task(s)${coopCount.note}:`)
              : t(ctx, `Phối hợp ${coopCount.n} nhiệm vụ${coopCount.note}:`, `Cooperates on ${coopCount.n} task(s)${coopCount.note}:`),
            coop,
            ctx.lang,
            { status: ctx.status },
          )
        : members.length
          ? taskSection(
              plan,
              t(ctx, `${membersName} phối hợp ${memberCount.n} nhiệm vụ${memberCount.note}:`, `${membersName} cooperate on ${memberCount.n} task(s)${memberCount.note}:`),
              members,
              ctx.lang,
              { status: ctx.status },
            )
          : { head: t(ctx, `${name} không được ghi tên riêng là cơ quan phối hợp ở nhiệm vụ nào.`, `${name} is not named as a cooperating agency on any task.`), items: [] },
    );
  }
  if (monitored.length)
    sections.push({
      head: t(ctx, `Theo dõi ${monitored.length} chỉ tiêu (Phụ lục 1):`, `Monitors ${monitored.length} target(s) (Phụ lục 1):`),
      items: monitored.map((x) => targetValuesItem(plan, x)),
    });
  const tasks = [...led, ...coop, ...members];
  return bodyReply(ctx, "agency", { sections }, { tasks: tasks.map((x) => x.id), targets: monitored.map((x) => x.id) });
}
