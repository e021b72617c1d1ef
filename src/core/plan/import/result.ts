import type { PlanData } from "../schema.js";

/** A row where the importer found a field missing, ambiguous or had to guess it. */
export interface ImportIssue {
  /** "Phụ lục 2, dòng 1.1 (bảng 2, hàng 5)". */
  where: string;
  field: string;
  /** The source text as written. */
  text: string;
  problem: string;
  /** What kind of look it needs, for a program: "unknown-agency", "guessed", "ambiguous", "undated", "missing". */
  code?: ImportIssueCode;
}

export type ImportIssueCode = "unknown-agency" | "guessed" | "ambiguous" | "undated" | "missing" | "skipped";

export interface ImportSummary {
  tasks: number;
  subTasks: number;
  targets: number;
  sections: number;
  passages: number;
  taskGroups: number;
  agencies: number;
  unknownAgencies: number;
}

export interface ImportResult {
  /** Schema-valid plan; undefined when the document could not be read as a plan (see error). */
  plan: PlanData | undefined;
  summary: ImportSummary;
  issues: ImportIssue[];
  /** One Vietnamese sentence saying why nothing was imported. */
  error?: string;
}

export const EMPTY_SUMMARY: ImportSummary = {
  tasks: 0,
  subTasks: 0,
  targets: 0,
  sections: 0,
  passages: 0,
  taskGroups: 0,
  agencies: 0,
  unknownAgencies: 0,
};

export function failed(error: string, issues: ImportIssue[] = []): ImportResult {
  return { plan: undefined, summary: { ...EMPTY_SUMMARY }, issues, error };
}
