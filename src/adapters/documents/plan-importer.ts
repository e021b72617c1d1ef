import type { ImportResult as PortResult, PlanImporter } from "../../ports/plan-importer.js";
import { confirmationText } from "../../core/plan/import/confirmation.js";
import type { ImportResult } from "../../core/plan/import/result.js";

const FOOTER = "Gõ «xác nhận» để dùng kế hoạch này, hoặc «hủy» để bỏ qua.";

const toPort = (r: ImportResult): PortResult & { full: ImportResult } => ({
  plan: r.plan,
  summary: { tasks: r.summary.tasks, subtasks: r.summary.subTasks, targets: r.summary.targets, sections: r.summary.sections },
  issues: r.issues,
  ...(r.error ? { error: r.error } : {}),
  full: r,
});

/** The document importer as the chat's plan-import port: the same reading and confirmation as `bot import`. */
export const documentImporter: PlanImporter = {
  async importPlanDocument(bytes, fileName) {
    // Loaded on first use: the document readers (mammoth, unpdf) are not needed to start the bot.
    const { importPlanDocument } = await import("./import-document.js");
    return toPort(await importPlanDocument(bytes, fileName));
  },
  renderConfirmation(result, fileName) {
    const full = (result as Partial<ReturnType<typeof toPort>>).full;
    return full ? confirmationText(full, fileName, { maxIssues: 8, footer: FOOTER }) : `Đã đọc ${fileName}.\n${FOOTER}`;
  },
};
