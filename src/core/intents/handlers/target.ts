import { bestHits, confident } from "../features.js";
import { bodyDetail } from "./body-detail.js";
import { asksForRows } from "../asks-for-rows.js";
import { fold } from "../../language/normalise.js";
import { namedPart } from "../../plan/parts.js";
import { targetItem, targetValues, targetValuesItem } from "../../render/lines.js";
import type { Target, TargetValue } from "../../plan/schema.js";
import type { ReplyField, ReplyItem } from "../../message.js";
import { bodyReply, reply, t, type AskContext, handOff } from "../context.js";

/** "Chỉ tiêu nào có mức Nhóm Tốt / 90%?": targets whose goal is written the way the question quotes it. */
function byValue(ctx: AskContext): Target[] {
  const { plan, e } = ctx;
  const asked = ` ${e.folded} `;
  const quotes = (parts: string[]) => parts.some((part) => asked.includes(` ${part} `) || asked.includes(` ${part}?`));
  return plan.targets.filter((x) => x.values.some((v) => quotedForms(v).some(quotes)));
}

/** How a question may quote a goal value: the whole value, then each «;» part, folded (words of three letters or more). */
function quotedForms(v: TargetValue): string[][] {
  let forms = quotedFormsOf.get(v);
  if (!forms) {
    const form = (text: string | null) => {
      const f = text ? fold(text).replace(/[;,.]/g, " ").replace(/\s+/g, " ").trim() : "";
      return f.length >= 3 ? f.split(";").map((part) => part.trim()) : [];
    };
    forms = [form(v.value), ...(v.value ?? "").split(";").map(form)];
    quotedFormsOf.set(v, forms);
  }
  return forms;
}
// A plan's values never change once loaded: folded once each, not on every listing question.
const quotedFormsOf = new WeakMap<TargetValue, string[][]>();

function askedTargets(ctx: AskContext): { targets: Target[]; byAgency?: string; group?: string; implementing?: boolean } {
  const { plan, e } = ctx;
  if (e.targets.length) return { targets: e.targets.map((id) => plan.target(id)!) };
  const agencyId = e.agencies[0];
  // "Bưu điện tỉnh thực hiện những chỉ tiêu nào?": implementing units named on the row, not monitoring ones.
  // "hướng dẫn thực hiện" is the monitoring column's own title, not the implementing units.
  if (agencyId && e.cues.has("implement") && !/huong dan thuc hien/.test(e.folded))
    return { targets: plan.targets.filter((x) => x.implementing.includes(agencyId)), byAgency: agencyId, implementing: true };
  const listing = e.cues.has("list") || e.cues.has("many") || /chi tieu nao|which target/.test(e.folded);
  const valued = listing ? byValue(ctx) : [];
  if (valued.length) return { targets: valued };
  const hits = confident(e.targetHits);
  const agency = e.agencies[0];
  // An agency that monitors nothing (Bưu điện tỉnh implements 3.3) does not turn the question into a list.
  if (agency && (e.cues.has("monitor") || hits.length === 0) && plan.monitoredBy(agency).length) return { targets: plan.monitoredBy(agency), byAgency: agency };
  const group = e.targetGroups[0];
  const inGroup = plan.targets.filter((x) => x.group === group);
  if (group && inGroup.length > 1 && (e.cues.has("list") || e.cues.has("many") || hits.length === 0)) return { targets: inGroup, group };
  if (group && inGroup.length === 1 && hits.length === 0) return { targets: inGroup };
  return { targets: bestHits(e.targetHits, ctx.features.has("target_strong")).map((h) => plan.target(h.id)!) };
}

/** The whole target: every goal value, the plan body's differing figures, the latest values and both agency roles. */
function card(ctx: AskContext, target: Target): ReplyItem {
  const { plan } = ctx;
  const named = namedPart(target, ctx.e.folded);
  const monitoring = target.monitoringAsWritten ?? target.monitoring.map((a) => plan.agencyName(a)).join("; ");
  const fields: ReplyField[] = [];
  // "… do cơ quan nào theo dõi?": the answer first.
  const answer =
    ctx.e.cues.has("who") || (ctx.e.cues.has("monitor") && ctx.e.question)
      ? t(ctx, `Chỉ tiêu ${target.id} do ${monitoring} theo dõi, hướng dẫn thực hiện.`, `Target ${target.id} is monitored by ${monitoring}.`)
      : undefined;
  if (named) fields.push({ plain: true, value: `→ ${named.label}: ${named.value ?? "—"}${named.note ? ` (${named.note})` : ""}` });
  if (target.values.length > 1) fields.push(...target.values.map((v) => ({ label: v.label ?? "", value: `${v.value ?? "—"}${v.note ? ` (${v.note})` : ""}` })));
  else fields.push({ label: t(ctx, `Chỉ tiêu phấn đấu ${plan.data.year}`, `${plan.data.year} goal`), value: `${targetValues(target)}${target.values[0]?.note ? ` (${target.values[0].note})` : ""}` });
  if (target.conflict) {
    const body = target.bodyValues?.map((v) => `${v.label}: ${v.value}`).join("; ");
    fields.push({ plain: true, value: t(ctx, `⚠ Lưu ý: ${target.conflict} (Mục II.2.e: ${body}).`, `⚠ Note: the plan body (II.2.e) says ${body}; Phụ lục 1 says ${targetValues(target)}.`) });
  }
  const own = [target.title, ...target.values.map((v) => `${v.label ?? ""} ${v.value ?? ""} ${v.note ?? ""}`)].join(" ");
  const detail = ctx.e.targets.length ? undefined : bodyDetail(ctx, own, (p) => p.targets.includes(target.id));
  if (detail) fields.push({ plain: true, value: detail });
  const values = ctx.targetValues?.(target.id) ?? [];
  fields.push(...(values.length ? values.map((value) => ({ value })) : [{ value: t(ctx, "Số liệu mới nhất: chưa có số liệu", "Latest value: no data yet") }]));
  fields.push({ label: t(ctx, "Đơn vị theo dõi", "Monitoring"), value: monitoring });
  fields.push({ label: t(ctx, "Đơn vị thực hiện", "Implementing"), value: target.implementingAsWritten });
  const head = `${t(ctx, "Chỉ tiêu", "Target")} ${target.id} (${target.source.part}): ${target.title.replace(/[.:]$/, "")}`;
  return { ...targetItem(plan, target), style: "card", head, ...(answer ? { answer } : {}), fields };
}

export function target(ctx: AskContext) {
  const { plan } = ctx;
  const { e } = ctx;
  // A row's title with one of its fields asked is that row, when no target matches as well or when the field is
  // a lead or cooperating agency (targets have monitoring and implementing units, never those).
  const roleAsked = e.cues.has("cooperate") || e.cues.has("lead");
  if (!e.targets.length && ctx.features.has("row_asked") && (roleAsked || !ctx.features.has("target_strong"))) return handOff(ctx, "task");
  // "Có nhiệm vụ nào về Bộ Chỉ số …?" asks for tasks, even when «chỉ số» also names targets.
  if (!e.targets.length && !e.cues.has("target_word") && asksForRows(ctx)) return handOff(ctx, "topic");
  const { targets, byAgency, group, implementing } = askedTargets(ctx);
  if (group) {
    const title = plan.data.targetGroups.find((g) => g.id === group)?.title ?? group;
    const head = t(ctx, `Nhóm chỉ tiêu ${group}. ${title} (Phụ lục 1) có ${targets.length} chỉ tiêu:`, `Target group ${group}. ${title} (Phụ lục 1): ${targets.length} target(s):`);
    return bodyReply(ctx, "target", { sections: [{ head, items: targets.map((x) => targetValuesItem(plan, x)) }] }, { targets: targets.map((x) => x.id) });
  }
  if (byAgency) {
    const name = plan.agencyName(byAgency);
    const role = implementing ? t(ctx, "là đơn vị thực hiện", "implements") : t(ctx, "theo dõi", "monitors");
    if (targets.length === 0)
      return reply(ctx, "target", t(ctx, `${name} không ${implementing ? "được ghi tên là đơn vị thực hiện" : "theo dõi"} chỉ tiêu nào trong Phụ lục 1.`, `${name} ${role} no target in Phụ lục 1.`));
    const head = t(ctx, `${name} ${role} ${targets.length} chỉ tiêu:`, `${name} ${role} ${targets.length} target(s):`);
    return bodyReply(ctx, "target", { sections: [{ head, items: targets.map((x) => targetValuesItem(plan, x)) }] }, { targets: targets.map((x) => x.id) });
  }
  if (targets.length === 0) {
    const all = plan.targets;
    const text = `${t(ctx, `Phụ lục 1 có ${all.length} chỉ tiêu. Hỏi «chỉ tiêu <số>» hoặc theo chủ đề, ví dụ «tỷ lệ thanh toán trực tuyến».`, `Phụ lục 1 has ${all.length} targets. Ask "target <number>" or by topic, e.g. "online payment rate".`)}\n${all.map((x) => `• ${x.id}. ${x.title.slice(0, 70)}${x.title.length > 70 ? "…" : ""}`).join("\n")}`;
    return reply(ctx, "target", text);
  }
  const head = targets.length > 1 && ctx.e.targets.length === 0 ? t(ctx, "Có thể bạn hỏi một trong các chỉ tiêu sau:", "You may mean one of these targets:") : undefined;
  return bodyReply(ctx, "target", { sections: [{ ...(head ? { head } : {}), items: targets.map((x) => card(ctx, x)) }] }, { targets: targets.map((x) => x.id) });
}
