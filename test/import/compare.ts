import { fold } from "../../src/core/language/normalise.js";

/** The fields compared: a plan, or only what a test expects of one. */
export interface Expected {
  tasks: { id: string; lead: string[]; cooperating: string[]; milestones: { due: string | null }[] }[];
  targets: { id: string; values: { value: string | null }[]; monitoring?: string[]; implementing?: string[] }[];
}

/** Field accuracy of an imported plan against the expected one: task ids, leads, cooperating sets, due dates, target values (and the targets' agencies where expected). */
export function fieldAccuracy(expected: Expected, got: Expected): { total: number; right: number; ratio: number; wrong: string[] } {
  const wrong: string[] = [];
  let total = 0;
  let right = 0;
  const check = (ok: boolean, what: string) => {
    total++;
    if (ok) right++;
    else wrong.push(what);
  };
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join("|") === [...b].sort().join("|");
  for (const e of expected.tasks) {
    const g = got.tasks.find((t) => t.id === e.id);
    check(Boolean(g), `task ${e.id}: missing`);
    const dues = (t: Expected["tasks"][number]) => [...new Set(t.milestones.map((m) => m.due ?? "none"))];
    check(Boolean(g) && same(e.lead, g!.lead), `task ${e.id} lead: ${e.lead} ≠ ${g?.lead}`);
    check(Boolean(g) && same(e.cooperating, g!.cooperating), `task ${e.id} cooperating: ${e.cooperating} ≠ ${g?.cooperating}`);
    check(Boolean(g) && same(dues(e), dues(g!)), `task ${e.id} due: ${g ? `${dues(e)} ≠ ${dues(g)}` : ""}`);
  }
  const norm = (v: string | null) => (v === null ? "" : fold(v).replace(/[^a-z0-9%]/g, ""));
  for (const e of expected.targets) {
    const g = got.targets.find((t) => t.id === e.id);
    const ev = e.values.map((v) => norm(v.value)).join("|");
    const gv = g?.values.map((v) => norm(v.value)).join("|");
    check(ev === gv, `target ${e.id} values: ${ev} ≠ ${gv}`);
    for (const f of ["monitoring", "implementing"] as const) {
      if (e[f]) check(Boolean(g?.[f]) && same(e[f]!, g![f]!), `target ${e.id} ${f}: ${e[f]} ≠ ${g?.[f]}`);
    }
  }
  return { total, right, ratio: right / total, wrong };
}
