import type { Agency } from "../schema.js";
import { createAgencyMatcher, newAgency } from "./agency-names.js";
import type { ImportIssue } from "./result.js";

/** The agencies a plan uses: known ones from the lexicon, unknown ones made from their names (and reported). */
export interface AgencyBook {
  /** Ids a cell names; unknown names become new agencies and an issue. Empty when the cell names none. */
  read(text: string, where: string, field: string): string[];
  /** Ids of known agencies named in running text (body passages): unknown names are ignored there. */
  mentioned(text: string): string[];
  /** Ids of known agencies a short text names ("4. Sở Tài chính"). */
  known(text: string): string[];
  /** An id for a required field that named nobody ("Chưa xác định"). */
  placeholder(): string;
  /** The plan's agencies, each named as the plan writes it (the lexicon's name and aliases kept as aliases). */
  used(): Agency[];
  /** The name an agency is shown by: as this plan writes it. */
  name(id: string): string;
  unknownCount(): number;
  readonly issues: ImportIssue[];
  readonly matcher: ReturnType<typeof createAgencyMatcher>;
}

export function createAgencyBook(lexicon: readonly Agency[]): AgencyBook {
  const matcher = createAgencyMatcher(lexicon);
  const used = new Map<string, Agency>();
  const made = new Map<string, Agency>();
  const issues: ImportIssue[] = [];
  /** How the plan itself first writes each known agency in full: the name its answers show. */
  const asWritten = new Map<string, string>();
  const use = (id: string) => {
    const a = matcher.byId(id) ?? made.get(id);
    if (a && !used.has(id)) used.set(id, a);
    return id;
  };
  return {
    matcher,
    issues,
    read(text, where, field) {
      const { ids, unknown, written } = matcher.resolve(text);
      for (const w of written) if (!asWritten.has(w.id) && !abbreviated(w.text)) asWritten.set(w.id, tidy(w.text));
      for (const name of unknown) {
        let agency = [...made.values()].find((a) => a.name === name);
        if (!agency) {
          agency = newAgency(name);
          while (matcher.byId(agency.id) || made.has(agency.id)) agency = { ...agency, id: `${agency.id}-2` };
          made.set(agency.id, agency);
        }
        issues.push({ where, field, text: name, code: "unknown-agency", problem: `cơ quan chưa biết (chưa có trong danh mục), giữ như văn bản ghi, mã "${agency.id}"` });
        ids.push(agency.id);
      }
      return [...new Set(ids)].map(use);
    },
    mentioned(text) {
      return matcher
        .scan(text)
        .flatMap((p) => (p.kind === "agency" && p.end - p.start >= 3 ? [p.id] : []))
        .filter((id, i, all) => all.indexOf(id) === i)
        .map(use);
    },
    known: (text) => matcher.resolve(text).ids.map(use),
    placeholder() {
      if (!made.has("chua-xac-dinh")) made.set("chua-xac-dinh", { id: "chua-xac-dinh", name: "Chưa xác định", kind: "collective", aliases: [] });
      return use("chua-xac-dinh");
    },
    used: () => [...used.values()].map((a) => named(a, asWritten.get(a.id))),
    name: (id) => asWritten.get(id) ?? matcher.byId(id)?.name ?? made.get(id)?.name ?? id,
    unknownCount: () => [...used.keys()].filter((id) => made.has(id) && id !== "chua-xac-dinh").length,
  };
}

/** A short form ("Sở TT&TT", "VP UBND tỉnh") gives way to the lexicon's full name; any other spelling is the plan's own. */
function abbreviated(text: string): boolean {
  return text.includes("&") || text.split(/\s+/).some((w) => /^\p{Lu}{2,}$/u.test(w) && !/^(?:UBND|HĐND)$/u.test(w));
}

const tidy = (text: string) => text.replace(/\s+/g, " ").replace(/^[\s\-+•.:,]+|[\s.:,;]+$/g, "");

function named(agency: Agency, name: string | undefined): Agency {
  if (!name || name === agency.name) return agency;
  const aliases = [agency.name, ...agency.aliases].filter((a, i, all) => a !== name && all.indexOf(a) === i);
  return { ...agency, name, aliases };
}
