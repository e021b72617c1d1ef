import { join } from "node:path";
import type { Bot } from "../../core/bot-types.js";
import type { Message, Reply } from "../../core/message.js";
import type { Plan } from "../../core/plan/plan.js";
import { EXPORT_SCHEME, parseExportRequest } from "../../core/reports/chat.js";
import { buildReport, type ReportModel } from "../../core/reports/model.js";
import type { ReportPeriod } from "../../core/reports/period.js";
import type { Clock } from "../../ports/clock.js";
import type { Logger } from "../../ports/logger.js";
import type { Outbound } from "../../ports/outbound.js";
import type { Store } from "../../ports/store.js";
import { withLine } from "../../core/render/reply-text.js";

export interface ExportDeps {
  dataDir: string;
  plan: Plan;
  store: Store;
  timezone: string;
  logger: Logger;
  /** The time bot-initiated messages (digests) are rendered for; replies use their message's time. */
  clock?: Clock;
}

const FAILED = "⚠ Chưa tạo được tệp đính kèm; số liệu tóm tắt ở trên vẫn đúng. Vui lòng thử lại sau.";

/**
 * Fills in the files a reply asks for ("export:q2.xlsx", see core/reports/chat.ts): renders each from the
 * same state and time the core used, writes it under DATA_DIR/exports/ and puts the real path in the reply.
 * A file that cannot be made is dropped with one sentence to the user; the turn itself never fails.
 */
export async function attachExports(reply: Reply, at: Date, deps: ExportDeps): Promise<Reply> {
  if (!reply.files?.some((f) => f.path.startsWith(EXPORT_SCHEME))) return reply;
  const models = new Map<ReportPeriod, ReportModel>();
  const modelFor = (period: ReportPeriod) =>
    models.get(period) ??
    models
      .set(
        period,
        deps.store.read((state) => buildReport({ plan: deps.plan, state, period, now: at, timezone: deps.timezone })),
      )
      .get(period)!;
  // The writers pull in exceljs, vega and resvg: loaded when a reply first asks for a file, not at start-up.
  const { exportsDir, writeExport } = await import("./write-export.js");
  const files: NonNullable<Reply["files"]> = [];
  let failed = false;
  for (const file of reply.files) {
    const request = file.path.startsWith(EXPORT_SCHEME) ? parseExportRequest(file.path) : undefined;
    if (!request) {
      if (!file.path.startsWith(EXPORT_SCHEME)) files.push(file);
      continue;
    }
    try {
      files.push({ ...file, path: await writeExport(modelFor(request.period), request.kind, join(exportsDir(deps.dataDir), file.name)) });
    } catch (error) {
      failed = true;
      deps.logger.error({ err: error, code: (error as { code?: string }).code, file: file.name }, "export: could not make a file");
    }
  }
  return { ...(failed ? withLine(reply, FAILED, "after", "\n") : reply), files };
}

/** The bot, with export requests in its replies turned into real files. */
export function withExports(bot: Bot, deps: ExportDeps): Bot {
  return { ...bot, handle: async (message: Message) => attachExports(await bot.handle(message), message.at, deps) };
}

/** The same for bot-initiated messages: a digest that asks for the chart ("export:year.png") gets it attached. */
export function withExportsOutbound(outbound: Outbound, deps: ExportDeps): Outbound {
  return { handles: (address) => outbound.handles(address), send: async (address, reply) => outbound.send(address, await attachExports(reply, deps.clock?.now() ?? new Date(), deps)) };
}
