import type { Entities } from "../language/entities.js";
import type { SearchHit } from "../language/search.js";
import { confidentPassages } from "../language/passage-search.js";

/** A search hit counts when it covers most of the question's content words. */
export function confident(hits: SearchHit[]): SearchHit[] {
  return hits.filter((h) => h.distinctive || (h.matched >= 2 && h.coverage >= 0.5 && (h.pairs >= 1 || (h.matched >= 3 && h.coverage >= 0.75))));
}

/** A strong hit also stands clearly above the runner-up. */
export function strong(hits: SearchHit[]): boolean {
  const [first, second] = hits;
  if (!first || first.matched < 3 || first.coverage < 0.75 || first.pairs < 2) return false;
  return !second || first.score >= second.score * 1.3;
}

/** `withPassages`: also search the plan's body (only needed when nothing else places the message). */
export function featuresOf(e: Entities, withPassages = true): Set<string> {
  const f = new Set<string>();
  const add = (name: string, on: unknown) => on && f.add(name);
  add("task", e.tasks.length);
  add("task_missing", e.missingTasks.length);
  add("target", e.targets.length);
  add("target_missing", e.missingTargets.length);
  add("period", e.period && !(e.period.kind === "year" && e.period.weak));
  add("period_weak", e.period?.kind === "year" && e.period.weak);
  add("agency", e.agencies.length);
  add("agency_unknown", e.unknownAgency);
  add("group", e.groups.length);
  add("group_whole", e.groupCover >= 0.6);
  add("group_long", e.groupWords >= 5);
  add("task_hit", confident(e.taskHits).length);
  add("task_strong", strong(e.taskHits));
  // Every word of a short theme found in a row ("các nhiệm vụ thí điểm", "nhiệm vụ nào là đề án").
  add(
    "theme_hit",
    e.taskHits.some((h) => h.coverage >= 1 && h.matched >= 1),
  );
  // One row quoted by its title and one of its fields asked ("… do cơ quan nào chủ trì?", "… sản phẩm là gì?").
  add("row_asked", f.has("task_strong") && ["who", "lead", "cooperate", "when", "product"].some((c) => e.cues.has(c)));
  add("target_hit", confident(e.targetHits).length);
  add("target_strong", strong(e.targetHits));
  add("english", e.lang === "en");
  add("short", e.folded.split(" ").length <= 5);
  add("status", e.status);
  add("question", e.question);
  add("evidence", e.evidence);
  add("user_ref", e.userRefs.length);
  if (withPassages) add("passage_hit", confidentPassages(e.passageHits).length);
  add("section_ref", e.sectionRef);
  add("plan_part", e.sections.length);
  for (const cue of e.cues) f.add(`cue:${cue}`);
  return f;
}

/** The best hit, and the runner-up too when it covers the same words and scores almost as well. */
export function bestHits(hits: SearchHit[], isStrong: boolean): SearchHit[] {
  // A row found by a name that means one thing (DTI, SIPAS) beats rows that merely share common words.
  const sure = confident(hits);
  const named = sure.filter((h) => h.distinctive);
  const [first, second] = named.length ? named : sure;
  if (!first) return [];
  const close = second && !isStrong && second.coverage >= first.coverage && second.pairs >= first.pairs && second.score >= first.score * 0.9;
  return close ? [first, second] : [first];
}

/** Every hit that stands near the best one: a theme ("các nhiệm vụ về đào tạo") spans several rows. */
export function themeHits(hits: SearchHit[]): SearchHit[] {
  const sure = confident(hits);
  const list = sure.length ? sure : hits.filter((h) => h.coverage >= 1 && h.matched >= 1);
  const top = list[0];
  return top ? list.filter((h) => h.score >= top.score * 0.4 && h.coverage >= top.coverage * 0.75) : [];
}
