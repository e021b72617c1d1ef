import { milestonesText } from "../core/render/dates.js";
import type { Args, Session } from "./common.js";

export async function plan(args: Args, session: Session): Promise<void> {
  const p = session.core.plan;
  if (args.values.json) {
    const out = {
      id: p.data.id,
      title: p.data.title,
      year: p.data.year,
      tasks: p.tasks.map((t) => ({
        id: t.id,
        group: t.group,
        title: t.title,
        deliverable: t.deliverable,
        // As the row writes it when it names a collective in its own words (task 22).
        lead: t.leadAsWritten ? t.leadAsWritten.split("; ") : t.lead.map((a) => p.agencyName(a)),
        leadAsWritten: t.leadAsWritten,
        cooperating: t.cooperating.map((a) => p.agencyName(a)),
        due: [...new Set(t.milestones.map((m) => m.due).filter((d): d is string => d !== null))],
        milestones: t.milestones,
        source: t.source,
      })),
      targets: p.targets.map((t) => ({
        id: t.id,
        title: t.title,
        value: t.values.map((v) => (v.label ? `${v.label}: ${v.value ?? "—"}` : (v.value ?? "—"))).join("; "),
        values: t.values,
        bodyValues: t.bodyValues,
        conflict: t.conflict,
        monitoring: t.monitoring.map((a) => p.agencyName(a)),
        implementing: t.implementingAsWritten,
        source: t.source,
      })),
      agencies: p.data.agencies.map((a) => ({ id: a.id, name: a.name, aliases: a.aliases })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const lines = [`${p.data.title}: ${p.tasks.length} dòng nhiệm vụ, ${p.targets.length} chỉ tiêu.`];
  for (const t of p.tasks) lines.push(`${t.id}. ${t.short} — ${t.lead.map((a) => p.agencyName(a)).join("; ")} — ${milestonesText(t.milestones, "vi")}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
