import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withExports, withExportsOutbound } from "../../../src/adapters/export/attach-files.js";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import type { Reply } from "../../../src/core/message.js";
import { exportRequest } from "../../../src/core/reports/chat.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { fixedClock, testBot } from "../../helpers/bot.js";
import { NOW, plan, reportState, summaryNumbers, TZ } from "../../core/reports/fixture.js";

function exportingBot(dataDir: string) {
  const store = createMemoryStore(reportState());
  const { bot } = testBot({ store, clock: fixedClock(NOW.toISOString()) });
  const wrapped = withExports(bot, { dataDir, plan, store, timezone: TZ, logger: silentLogger });
  return (text: string) => wrapped.handle({ channel: "console:test", user: "console:an", text, at: NOW });
}

describe("withExports", () => {
  it("writes the XLSX and the chart a reply asks for, with the numbers of its text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "exports-"));
    const reply = await exportingBot(dir)("báo cáo quý 2");
    expect(reply.files?.map((f) => f.path)).toEqual([join(dir, "exports", "bao-cao-q2-2023.xlsx"), join(dir, "exports", "tien-do-q2-2023.png")]);
    for (const f of reply.files!) expect(existsSync(f.path)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(reply.files![0]!.path) as unknown as ArrayBuffer);
    const agencies = wb.getWorksheet("Cơ quan")!;
    const total = (agencies.getRow(agencies.rowCount).values as unknown[]).slice(1);
    const said = summaryNumbers(reply.text);
    expect(total.slice(1)).toEqual([said.total, said.on_time, said.late, said.in_progress, said.overdue, said.not_reported]);
    expect(readFileSync(reply.files![1]!.path).subarray(1, 4).toString()).toBe("PNG");
  });

  it("passes other replies through untouched", async () => {
    const reply = await exportingBot(mkdtempSync(join(tmpdir(), "exports-")))("Ai chủ trì nhiệm vụ 9?");
    expect(reply.intent).toBe("task");
    expect(reply.files).toBeUndefined();
  });

  it("drops files it cannot write and says so in one sentence, keeping the summary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "exports-"));
    writeFileSync(join(dir, "exports"), "a file where the folder should be");
    const reply = await exportingBot(dir)("báo cáo 6 tháng");
    expect(reply.files).toEqual([]);
    expect(reply.text).toContain("Báo cáo 6 tháng đầu năm 2023");
    expect(reply.text).toMatch(/Chưa tạo được tệp đính kèm/);
  });
});

describe("withExportsOutbound", () => {
  it("attaches the chart a digest asks for before it is sent", async () => {
    const dir = mkdtempSync(join(tmpdir(), "exports-"));
    const sent: Reply[] = [];
    const outbound = withExportsOutbound(
      { handles: () => true, send: async (_a, reply) => void sent.push(reply) },
      { dataDir: dir, plan, store: createMemoryStore(reportState()), timezone: TZ, logger: silentLogger, clock: fixedClock(NOW.toISOString()) },
    );
    await outbound.send("slack:C1", { intent: "digest", text: "Nhắc việc tuần", lang: "vi", tasks: [], targets: [], files: [exportRequest("year", "png", 2023)] });
    expect(sent[0]!.files).toEqual([{ name: "tien-do-year-2023.png", path: join(dir, "exports", "tien-do-year-2023.png"), mime: "image/png" }]);
    expect(readFileSync(sent[0]!.files![0]!.path).subarray(1, 4).toString()).toBe("PNG");
  });
});
