import type { Plan } from "../plan/plan.js";
import { fold, phraseKey } from "./normalise.js";

const ROMAN: [number, string][] = [
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];
const roman = (n: number) =>
  ROMAN.reduce((out, [v, r]) => {
    for (; n >= v; n -= v) out += r;
    return out;
  }, "");
const NUMERAL = "((?:[ivx]{1,5}|\\d{1,2})(?![a-z0-9])|thu [a-z]+)";
const AREA_NUMERALS = new RegExp(`(?:^|\\s)(?:phan|muc|nhom|group|groups|section|sections|part|parts|linh vuc|khoi)\\s${NUMERAL}((?:\\s(?:va|and|,)\\s${NUMERAL})*)(?=\\s|$|[?.,!])`);

/** How a question may name the plan's task appendix: its own heading ("Phụ lục 2") and its number written other ways. */
export function appendixNames(part: string | undefined): RegExp {
  const name = fold(part ?? "");
  const n = /(\d+)$/.exec(name)?.[1];
  const head = name.replace(/\s*\d+$/, "");
  const names = [name, ...(n ? [`${head} ${roman(Number(n))}`, `pl ${n}`, `pl${n}`, `appendix ${n}`] : [])].filter(Boolean);
  return new RegExp(`${names.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}|task list|(?:^|\\s)(?:nhom|group|groups|linh vuc)\\s`);
}

/**
 * "Phần VI của Phụ lục 2", "nhóm III", "phần thứ ba của Phụ lục 2", "lĩnh vực IV và V", "sections II and III
 * of the task list": areas of the task appendix by numeral, roman or arabic, or ordinal word.
 */
export function appendixGroupsOf(folded: string, ids: string[], appendix: RegExp = appendixNames("Phụ lục 2"), units: Record<string, number> = {}): string[] {
  const m = AREA_NUMERALS.exec(folded);
  if (!m || !appendix.test(folded)) return [];
  const named = [
    m[1]!,
    ...(m[2] ?? "")
      .split(/\s(?:va|and|,)\s/)
      .filter(Boolean)
      .map((x) => x.trim()),
  ];
  const asId = (w: string) => {
    const n = w.startsWith("thu ") ? units[w.slice(4)] : /^\d+$/.test(w) ? Number(w) : undefined;
    const options = n === undefined ? [w.toUpperCase()] : [roman(n).toUpperCase(), String(n)];
    return options.find((o) => ids.includes(o));
  };
  return named.map(asId).filter((id): id is string => Boolean(id));
}

export const appendixGroupOf = (folded: string, ids: string[], appendix?: RegExp, units?: Record<string, number>) => appendixGroupsOf(folded, ids, appendix, units)[0];

export interface AreaMatch {
  groups: string[];
  targetGroups: string[];
  /** Share of the question's words taken by the longest area name it mentions. */
  cover: number;
  /** Words in that name. */
  words: number;
}

/** The areas of Phụ lục 1 and 2 a question names, by title or alias, looked up in its word n-grams (Phụ lục 1 groups too). */
export function createAreaReader(plan: Plan, units: Record<string, number> = {}) {
  const appendix = appendixNames(plan.tasks[0]?.source?.part);
  const aliasesOf = (groups: typeof plan.data.taskGroups) => groups.map((g) => ({ id: g.id, phrases: [g.title, ...(g.aliases ?? [])].map((p) => phraseKey(fold(p))) }));
  const tasks = aliasesOf(plan.data.taskGroups);
  const targets = aliasesOf(plan.data.targetGroups);
  const ids = plan.data.taskGroups.map((g) => g.id);
  const matching = (list: typeof tasks, grams: Set<string>) => list.filter((g) => g.phrases.some((p) => grams.has(p))).map((g) => g.id);
  return (folded: string, grams: Set<string>, wordCount: number, targetIds: string[]): AreaMatch => {
    const byNumeral = appendixGroupsOf(folded, ids, appendix, units);
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
