import { z } from "zod";
import { fold } from "../language/normalise.js";
import { createPlan, type Plan } from "./plan.js";
import type { Agency, PlanData } from "./schema.js";

/** seeds/agency-successions.json: predecessor → successor agencies of the 2025 reorganisation, with the legal basis. */
const nameSchema = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]), part: z.string().optional() });
export const successionSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["merged", "split", "level", "province"]),
  /** One Vietnamese clause saying what happened ("Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính"). */
  summary: z.string().min(1),
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD"),
  basis: z.string().min(1),
  from: z.array(nameSchema).min(1),
  to: z.array(nameSchema).min(1),
});
export const successionsFileSchema = z.object({ successions: z.array(successionSchema) });
export type Succession = z.infer<typeof successionSchema>;
type Named = z.infer<typeof nameSchema>;

/** How a phrase the plan did not know was read: an old name on a new plan, a new name on an old one, or a name both sides know. */
export interface Crossing {
  succession: Succession;
  direction: "forward" | "backward" | "both";
  /** The name as the data writes it ("Sở Kế hoạch và Đầu tư"). */
  asked: string;
  /** The plan's agencies on the other side of the change. */
  ids: string[];
  /** The plan's agencies the asked phrase itself resolves to (its own agency, or the alias it was given). */
  named: string[];
}

export interface SuccessionIndex {
  /** Folded phrases (names and aliases) with what they cross to, longest first. */
  phrases: { phrase: string; crossing: Crossing }[];
}

export type PlanWithSuccessions = Plan & { successions?: SuccessionIndex };

const phrasesOf = (n: Named) => [...new Set([n.name, ...n.aliases].map(fold))].filter((p) => p.length >= 2);

/** The plan's agencies a name of the data stands for (compared folded, by name and aliases). */
function idsFor(agencies: readonly Agency[], names: readonly Named[]): string[] {
  const wanted = new Set(names.flatMap(phrasesOf));
  return agencies.filter((a) => [a.name, ...a.aliases].some((p) => wanted.has(fold(p)))).map((a) => a.id);
}

/**
 * The plan with the other era's names added as aliases where the plan lacks them ("Sở KH&ĐT" on a 2026 plan
 * reads as Sở Tài chính; "Sở Khoa học và Công nghệ" on the 2023 plan as Sở Thông tin và Truyền thông),
 * plus the index the agency answer uses to say who took over and on what basis.
 */
export function withSuccessions(plan: Plan, successions: readonly Succession[]): PlanWithSuccessions {
  const data: PlanData = structuredClone(plan.data) as PlanData;
  const taken = new Set(data.agencies.flatMap((a) => [a.name, ...a.aliases].map(fold)));
  const phrases: SuccessionIndex["phrases"] = [];
  const alias = (agencyId: string, n: Named) => {
    const agency = data.agencies.find((a) => a.id === agencyId)!;
    for (const p of [n.name, ...n.aliases]) {
      if (taken.has(fold(p))) continue;
      taken.add(fold(p));
      agency.aliases.push(p);
    }
  };
  // Provinces are not agencies of a plan: their entry is there for notes, not for matching.
  for (const s of successions.filter((x) => x.kind !== "province")) {
    const fromIds = idsFor(data.agencies, s.from);
    const toIds = idsFor(data.agencies, s.to);
    for (const [side, there, direction] of [
      [s.from, toIds, "forward"],
      [s.to, fromIds, "backward"],
    ] as const) {
      if (there.length === 0) continue;
      for (const n of side) {
        const own = idsFor(data.agencies, [n]);
        const known = own.length > 0;
        // A name the plan already has keeps its own answer; after the change it only earns a note.
        if (known && direction === "forward") continue;
        const crossing: Crossing = { succession: s, direction: known ? "both" : direction, asked: n.name, ids: [...there], named: known ? own : [there[0]!] };
        if (!known) alias(there[0]!, n);
        for (const phrase of phrasesOf(n)) phrases.push({ phrase, crossing });
      }
    }
  }
  phrases.sort((a, b) => b.phrase.length - a.phrase.length);
  return { ...createPlan(data), successions: { phrases } };
}
