import { fold } from "../../language/normalise.js";
import type { Group, Section } from "../schema.js";

/** Mục III's areas name the appendix's task groups: link each to the group whose title shares most of its words. */
export function linkSections(sections: Section[], groups: Group[]): void {
  for (const s of sections) {
    if (s.id.split(".").length !== 2) continue;
    const words = new Set(fold(s.title).split(" "));
    let best: { id: string; score: number } | undefined;
    for (const g of groups) {
      const gw = fold(g.title).split(" ");
      const shared = gw.filter((w) => words.has(w)).length;
      const score = shared / Math.max(gw.length, words.size);
      if (score >= 0.6 && (!best || score > best.score)) best = { id: g.id, score };
    }
    if (best) s.group = best.id;
  }
}
