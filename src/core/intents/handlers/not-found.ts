import { compareIds } from "../../plan/plan.js";
import { editDistance } from "../../language/edit-distance.js";
import { fold } from "../../language/normalise.js";
import type { Reply } from "../../message.js";
import { reply, t, type AskContext, handOff } from "../context.js";

/** The user's own words for a folded span, with their diacritics. */
function originalSpan(text: string, span: string): string {
  const words = text.split(/\s+/);
  const want = span.split(" ");
  for (let i = 0; i + want.length <= words.length; i++) {
    if (want.every((w, k) => fold(words[i + k]!) === w)) return words.slice(i, i + want.length).join(" ");
  }
  return span;
}

/** Ids one keystroke away from the one asked ("42" → "4", "24"), nearest numbers first. */
function nearIds(asked: string, ids: readonly string[]): string[] {
  const n = Number(asked);
  return ids
    .filter((id) => editDistance(id, asked) <= 1)
    .sort((a, b) => Math.abs(Number(a) - n) - Math.abs(Number(b) - n) || compareIds(a, b))
    .slice(0, 3);
}

export function notFound(ctx: AskContext): Reply {
  const { plan, e } = ctx;
  // Unaccented, "chỉ tiêu số xã …" reads like a «Sở Xã»: a target the question matches strongly is the answer.
  if (!e.missingTasks.length && !e.missingTargets.length && e.unknownAgency && ctx.features.has("target_strong") && e.cues.has("target_word")) return handOff(ctx, "target");
  const ids = plan.tasks.map((x) => x.id);
  const top = plan.tasks.filter((x) => !x.parent).map((x) => Number(x.id));
  const subs = plan.tasks
    .filter((x) => x.parent)
    .map((x) => x.id)
    .join(", ");
  if (e.missingTasks.length) {
    const asked = e.missingTasks[0]!;
    const near = nearIds(asked, ids);
    const hint = near.length ? t(ctx, ` Có phải bạn muốn hỏi nhiệm vụ ${near.join(" hoặc ")}?`, ` Did you mean task ${near.join(" or ")}?`) : "";
    return reply(
      ctx,
      "not_found",
      t(
        ctx,
        `Kế hoạch không có nhiệm vụ ${asked}: chỉ có nhiệm vụ ${Math.min(...top)}–${Math.max(...top)} và các việc ${subs}.${hint}`,
        `The plan has no task ${asked}: only tasks ${Math.min(...top)}–${Math.max(...top)} and sub-tasks ${subs}.${hint}`,
      ),
    );
  }
  if (e.missingTargets.length) {
    const asked = e.missingTargets[0]!;
    const near = nearIds(
      asked,
      plan.targets.map((x) => x.id),
    );
    const hint = near.length ? t(ctx, ` Có phải bạn muốn hỏi chỉ tiêu ${near.join(" hoặc ")}?`, ` Did you mean target ${near.join(" or ")}?`) : "";
    return reply(
      ctx,
      "not_found",
      t(
        ctx,
        `Phụ lục 1 không có chỉ tiêu ${asked}. Các chỉ tiêu: ${plan.targets.map((x) => x.id).join(", ")}.${hint}`,
        `Phụ lục 1 has no target ${asked}. Targets: ${plan.targets.map((x) => x.id).join(", ")}.${hint}`,
      ),
    );
  }
  const unknown = e.unknownAgency!;
  const names = (unknown.suggestions.length ? unknown.suggestions : plan.data.agencies.filter((a) => a.kind === "department").map((a) => a.id)).slice(0, 3).map((id) => plan.agencyName(id));
  const said = originalSpan(e.text, unknown.span);
  return reply(
    ctx,
    "not_found",
    t(
      ctx,
      `Kế hoạch không giao nhiệm vụ nào cho «${said}» (không có cơ quan này trong Kế hoạch). Có phải bạn muốn hỏi: ${names.join(", ")}?`,
      `The plan names no agency "${said}". Did you mean: ${names.join(", ")}?`,
    ),
  );
}
