import type { Logger } from "../../ports/logger.js";
import type { PlanImporter } from "../../ports/plan-importer.js";
import type { PlanStorage } from "../../ports/plan-storage.js";
import type { Store } from "../../ports/store.js";
import { fold } from "../language/normalise.js";
import type { Choice, Message, Reply } from "../message.js";
import { parsePlan, PlanError } from "../plan/load.js";
import type { Plan } from "../plan/plan.js";
import { isAdmin } from "../progress/roster.js";
import { importSummary } from "./import-summary.js";
import type { PlanLibrary } from "./library.js";

export interface ImportDeps {
  library: PlanLibrary;
  store: Store;
  logger: Logger;
  admins: readonly string[];
  storage?: PlanStorage;
  importer?: PlanImporter;
  /** Prepares a plan before use (agency successions). */
  adopt(plan: Plan): Plan;
}

const READABLE = /\.(docx|pdf|txt|md)$/i;
export const isPlanDocument = (name: string) => READABLE.test(name);
const MAX_BYTES = 20 * 1024 * 1024;
const PENDING_MS = 30 * 60 * 1000;
const CONFIRM = new Set(["xac nhan", "xac nhan ke hoach", "dong y", "ok", "confirm", "yes"]);
const CANCEL = new Set(["huy", "huy bo", "huy ke hoach", "bo qua", "khong", "cancel", "no"]);
export const IMPORT_CHOICES: Choice[] = [
  { label: "Xác nhận", value: "xác nhận" },
  { label: "Hủy", value: "hủy" },
];

const say = (intent: string, text: string, extra: Partial<Reply> = {}): Reply => ({ intent, text, lang: "vi", tasks: [], targets: [], ...extra });

interface Pending {
  plan: Plan;
  fileName: string;
  expiresAt: number;
}

/**
 * A plan document sent in chat: an admin's file is read by the importer, summarised, and becomes the
 * active plan only on «xác nhận». Pending imports live in memory for 30 minutes: after a restart the
 * file is simply sent again.
 */
export function createPlanImports(deps: ImportDeps) {
  const pending = new Map<string, Pending>();

  async function receive(message: Message, key: string, now: Date): Promise<Reply> {
    const file = message.attachment!;
    const state = deps.store.read((s) => s);
    if (!isAdmin(state, message.user, deps.admins)) return say("denied", "⛔ Chỉ quản trị viên mới nạp được kế hoạch mới. Tệp không được đọc.");
    const unreadable = (name: string) => say("plan_import", `Tôi chỉ đọc được kế hoạch dạng .docx, .pdf (có lớp chữ), .txt hoặc .md; «${name}» không phải các dạng đó.`);
    if (file.name !== undefined && !READABLE.test(file.name)) return unreadable(file.name);
    if (!deps.importer) return say("plan_import", "Bot này chưa được cài bộ đọc tệp kế hoạch, nên chưa nạp được kế hoạch từ tệp.");
    if (file.size !== undefined && file.size > MAX_BYTES) return say("plan_import", "Tệp quá lớn (trên 20 MB) để là một kế hoạch.");
    let got: { name: string; bytes: Buffer };
    try {
      got = await file.download();
    } catch (error) {
      deps.logger.warn({ err: error, file: file.name }, "plan import: download failed");
      return say("plan_import", `Chưa tải được tệp${file.name ? ` «${file.name}»` : ""}. Vui lòng gửi lại sau ít phút.`);
    }
    const { name, bytes } = got;
    if (!READABLE.test(name)) return unreadable(name);
    const result = await deps.importer.importPlanDocument(bytes, name).catch((error: unknown) => {
      deps.logger.warn({ err: error, file: name }, "plan import: the importer failed");
      return undefined;
    });
    if (!result) return say("plan_import", `Không đọc được «${name}» như một kế hoạch. Chưa có gì thay đổi.`);
    if (result.error || !result.plan) return say("plan_import", `${result.error ?? `Không tìm thấy bảng nhiệm vụ trong «${name}».`} Chưa có gì thay đổi.`);
    let plan: Plan;
    try {
      plan = deps.adopt(parsePlan(result.plan, name));
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      return say("plan_import", `«${name}» đọc được nhưng kế hoạch chưa hợp lệ, chưa có gì thay đổi:\n${error.message.split("\n").slice(1, 4).join("\n")}`);
    }
    pending.set(key, { plan, fileName: name, expiresAt: now.getTime() + PENDING_MS });
    const text = deps.importer.renderConfirmation?.(result, name) ?? importSummary(name, plan, result, deps.library.active(state));
    return say("plan_import", text, { choices: IMPORT_CHOICES });
  }

  /** «xác nhận» / «hủy» after a summary; undefined when the message is not an answer to one. */
  async function decide(message: Message, key: string, now: Date): Promise<Reply | undefined> {
    const waiting = pending.get(key);
    if (!waiting) return undefined;
    if (waiting.expiresAt < now.getTime()) {
      pending.delete(key);
      return undefined;
    }
    const word = fold(message.text ?? "")
      .replace(/[.!]+$/, "")
      .trim();
    if (CANCEL.has(word)) {
      pending.delete(key);
      return say("plan_import", `Đã hủy: không dùng «${waiting.fileName}». Câu hỏi vẫn theo ${deps.library.active(deps.store.read((s) => s)).data.shortTitle}.`);
    }
    if (!CONFIRM.has(word)) return undefined;
    pending.delete(key);
    return activate(waiting.plan, `«${waiting.fileName}»`);
  }

  /** Makes a plan the active one: stored first (when it is new), then named active in the store. */
  async function activate(plan: Plan, from?: string): Promise<Reply> {
    const before = deps.library.active(deps.store.read((s) => s));
    if (from && deps.storage) await deps.storage.save(plan.data);
    deps.library.put(plan);
    await deps.store.update((d) => {
      d.activePlan = plan.data.id;
    });
    const roster = deps.store.read((s) => s.roster.filter((r) => r.agency && !plan.agency(r.agency)).length);
    const lines = [
      `✅ Từ nay câu hỏi theo ${plan.data.title} (${plan.tasks.length} nhiệm vụ, ${plan.targets.length} chỉ tiêu)${from ? `, nạp từ ${from}` : ""}.`,
      before.data.id !== plan.data.id ? `${before.data.shortTitle} và các báo cáo của nó vẫn hỏi được, ví dụ «kế hoạch ${before.data.year}: nhiệm vụ 1 đã xong chưa?».` : "",
      roster ? `⚠ ${roster} người trong danh sách báo cáo thuộc cơ quan không có trong kế hoạch này: gán lại cơ quan cho họ (ví dụ «gán slack:U123 cho Sở Tài chính»).` : "",
    ];
    return say("plan_import", lines.filter(Boolean).join("\n"));
  }

  return { receive, decide, activate, hasPending: (key: string) => pending.has(key) };
}
