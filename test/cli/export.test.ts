import ExcelJS from "exceljs";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { CLI } from "../helpers/compiled.js";

const run = promisify(execFile);
const bot = (args: string[]) => run(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 30_000 });

describe("cli export", () => {
  it("writes the XLSX under DATA_DIR/exports and the chart at --out, prints each path, and refuses a bad period", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-export-"));
    const [xlsx, chart, bad] = await Promise.all([
      bot(["export", "--period", "q2", "--data-dir", dir, "--now", "2023-07-05"]),
      bot(["export", "--chart", "--out", join(dir, "chart.png"), "--data-dir", join(dir, "other")]),
      bot(["export", "--period", "q5", "--data-dir", join(dir, "bad")]).catch((e: { code: number; stderr: string }) => e),
    ]);
    expect(xlsx.stdout.trim()).toBe(join(dir, "exports", "bao-cao-q2-2023.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx.stdout.trim()) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Nhiệm vụ")!.rowCount).toBe(11);
    expect(chart.stdout.trim()).toBe(join(dir, "chart.png"));
    expect(readFileSync(join(dir, "chart.png")).subarray(1, 4).toString()).toBe("PNG");
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain("--period must be one of q1, q2, q3, q4, h1, h2, year");
  }, 20_000);
});
