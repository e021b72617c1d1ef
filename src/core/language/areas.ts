import type { Plan } from "../plan/plan.js";
import { fold, phraseKey } from "./normalise.js";

const ORDINALS: Record<string, string> = { nhat: "I", hai: "II", ba: "III", tu: "IV", nam: "V", sau: "VI", bay: "VII" };
const NUMERAL = "(i{1,3}|iv|vi{0,3}|thu (?:nhat|hai|ba|tu|nam|sau|bay))";

/**
 * "Phần VI của Phụ lục 2", "nhóm III", "phần thứ ba của Phụ lục 2", "lĩnh vực IV và V", "sections II and III
 * of the task list": areas of Phụ lục 2 by numeral.
 */
export function appendixGroupsOf(folded: string, ids: string[]): string[] {
  const m = new RegExp(`(?:^|\\s)(?:phan|muc|nhom|group|groups|section|sections|linh vuc|khoi)\\s${NUMERAL}((?:\\s(?:va|and|,)\\s${NUMERAL})*)(?=\\s|$|[?.,!])`).exec(folded);
  if (!m) return [];
  const appendix = /phu luc 2|pl 2|pl2|task list|appendix 2|(?:^|\s)(?:nhom|group|groups|linh vuc)\s/.test(folded);
  const named = [m[1]!, ...(m[2] ?? "").split(/\s(?:va|and|,)\s/).filter(Boolean).map((x) => x.trim())];
  const asId = (w: string) => (w.startsWith("thu ") ? ORDINALS[w.slice(4)] : w.toUpperCase());
  return appendix ? named.map(asId).filter((id): id is string => Boolean(id) && ids.includes(id!)) : [];
}

export const appendixGroupOf = (folded: string, ids: string[]) => appendixGroupsOf(folded, ids)[0];

export interface AreaMatch {
  groups: string[];
  targetGroups: string[];
  /** Share of the question's words taken by the longest area name it mentions. */
  cover: number;
  /** Words in that name. */
  words: number;
}

/** The areas of Phụ lục 1 and 2 a question names, by title or alias, looked up in its word n-grams (Phụ lục 1 groups too). */
export function createAreaReader(plan: Plan) {
  const aliasesOf = (groups: typeof plan.data.taskGroups) => groups.map((g) => ({ id: g.id, phrases: [g.title, ...(g.aliases ?? [])].map((p) => phraseKey(fold(p))) }));
  const tasks = aliasesOf(plan.data.taskGroups);
  const targets = aliasesOf(plan.data.targetGroups);
  const ids = plan.data.taskGroups.map((g) => g.id);
  const matching = (list: typeof tasks, grams: Set<string>) => list.filter((g) => g.phrases.some((p) => grams.has(p))).map((g) => g.id);
  return (folded: string, grams: Set<string>, wordCount: number, targetIds: string[]): AreaMatch => {
    const byNumeral = appendixGroupsOf(folded, ids);
    const named = tasks.flatMap((g) => g.phrases.filter((p) => grams.has(p)).map((p) => p.split(" ").length));
    return {
      groups: byNumeral.length ? byNumeral : matching(tasks, grams),
      // "nhóm chỉ tiêu 6": 6 is a group row of Phụ lục 1, not a target of its own.
      targetGroups: [...matching(targets, grams), ...targetIds.filter((id) => !plan.target(id) && plan.data.targetGroups.some((g) => g.id === id))],
      cover: byNumeral.length ? 1 : Math.max(0, ...named.map((n) => n / wordCount)),
      words: Math.max(0, ...named),
    };
  };
}
