/**
 * Reads a plan document (.docx, .pdf, .txt/.md) into plan JSON (the seeds/ schema).
 * The real importer lives elsewhere (`importPlanDocument`); the bot only calls it through this port.
 */
export interface ImportIssue {
  where: string;
  field: string;
  text: string;
  problem: string;
}

export interface ImportResult {
  /** Plan JSON in the seeds/ schema; absent when the document could not be read as a plan. */
  plan?: unknown;
  summary: { tasks: number; subtasks: number; targets: number; sections: number };
  issues: ImportIssue[];
  /** One sentence saying why nothing could be read (scanned PDF, no task table …). */
  error?: string;
}

export interface PlanImporter {
  importPlanDocument(bytes: Buffer, fileName: string): Promise<ImportResult>;
  /** The importer's own Vietnamese confirmation text, when it has one; the bot writes a short one otherwise. */
  renderConfirmation?(result: ImportResult, fileName: string): string;
}
