import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { EXPORT_SCHEME, MIME, parseExportRequest } from "../../../src/core/reports/chat.js";
import { buildReport } from "../../../src/core/reports/model.js";
import { fixedClock, testBot } from "../../helpers/bot.js";
import { NOW, plan, reportState, summaryNumbers, TZ } from "./fixture.js";

const chat = () => testBot({ store: createMemoryStore(reportState()), clock: fixedClock(NOW.toISOString()) });

describe("report_export in chat", () => {
  it("answers «báo cáo quý 2» with the summary and asks for the XLSX and the chart", async () => {
    const { ask, store } = chat();
    const reply = await ask("báo cáo quý 2");
    expect(reply.intent).toBe("report_export");
    expect(reply.text).toContain("Báo cáo Quý II năm 2023");
    expect(reply.files).toEqual([
      { name: "bao-cao-q2-2023.xlsx", path: `${EXPORT_SCHEME}q2.xlsx`, mime: MIME.xlsx },
      { name: "tien-do-q2-2023.png", path: `${EXPORT_SCHEME}q2.png`, mime: "image/png" },
    ]);
    expect(parseExportRequest(reply.files![0]!.path)).toEqual({ period: "q2", kind: "xlsx" });
    const model = store.read((state) => buildReport({ plan, state, period: "q2", now: NOW, timezone: TZ }));
    expect(summaryNumbers(reply.text)).toMatchObject({ total: 10, done: 2, on_time: 1, late: 1, overdue: 8 });
    expect(reply.tasks).toEqual(model.tasks.map((t) => t.id));
  });

  it("reads «báo cáo 6 tháng» as the first half and «xuất báo cáo cả năm» as the year", async () => {
    const { ask } = chat();
    const half = await ask("báo cáo 6 tháng");
    expect(half.intent).toBe("report_export");
    expect(half.text).toContain("Báo cáo 6 tháng đầu năm 2023");
    expect(half.text).toContain("Theo kỳ hạn: Quý I");
    const year = await ask("xuất báo cáo cả năm");
    expect(year.files?.map((f) => f.name)).toEqual(["bao-cao-year-2023.xlsx", "tien-do-year-2023.png"]);
    expect(summaryNumbers(year.text).total).toBe(plan.dueIn({ kind: "year" }).length);
  });

  it("leaves progress reports that say «báo cáo» to progress_update, and writes nothing itself", async () => {
    const { ask, store } = chat();
    const before = store.read((s) => s.records.length);
    await ask("báo cáo quý 2");
    expect(store.read((s) => s.records.length)).toBe(before);
    const update = await ask("báo cáo tiến độ nhiệm vụ 11: đang thực hiện 50%", "console:an");
    expect(update.intent).not.toBe("report_export");
    expect(update.files).toBeUndefined();
  });
});
