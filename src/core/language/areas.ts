import type { Plan } from "../plan/plan.js";
import { fold, phraseKey } from "./normalise.js";

/** "Phần VI của Phụ lục 2", "nhóm III", "group IV of the task list": an area of Phụ lục 2 by its numeral. */
export function appendixGroupOf(folded: string, ids: string[]): string | undefined {
  const m = /(?:^|\s)(?:phan|muc|nhom|group|section|linh vuc|khoi)\s(i{1,3}|iv|vi{0,3})(?=\s|$|[?.,!])/.exec(folded);
  if (!m) return undefined;
  const appendix = /phu luc 2|pl 2|pl2|task list|appendix 2|(?:^|\s)(?:nhom|group)\s/.test(folded);
  const id = m[1]!.toUpperCase();
  return appendix && ids.includes(id) ? id : undefined;
}

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
    const byNumeral = appendixGroupOf(folded, ids);
    const named = tasks.flatMap((g) => g.phrases.filter((p) => grams.has(p)).map((p) => p.split(" ").length));
    return {
      groups: byNumeral ? [byNumeral] : matching(tasks, grams),
      // "nhóm chỉ tiêu 6": 6 is a group row of Phụ lục 1, not a target of its own.
      targetGroups: [...matching(targets, grams), ...targetIds.filter((id) => !plan.target(id) && plan.data.targetGroups.some((g) => g.id === id))],
      cover: byNumeral ? 1 : Math.max(0, ...named.map((n) => n / wordCount)),
      words: Math.max(0, ...named),
    };
  };
}
