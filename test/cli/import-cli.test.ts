import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { makeDocx } from "../import/make-docx.js";
import { secondPlanDocument } from "../import/second-plan.js";
import { CLI } from "../helpers/compiled.js";

const run = promisify(execFile);
const bot = (args: string[]) => run(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 60_000 });
const fails = (args: string[]) =>
  bot(args).then(
    () => {
      throw new Error("expected exit 1");
    },
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe("bot import", () => {
  it("prints what it read and writes nothing without --out; with --out the plan loads for plan --json --plan", async () => {
    const dir = mkdtempSync(join(tmpdir(), "import-"));
    const file = join(dir, "hoa-son.docx");
    writeFileSync(file, await makeDocx(secondPlanDocument()));
    const dry = await bot(["import", file]);
    expect(dry.stdout).toMatch(/^Đã đọc hoa-son\.docx: Kế hoạch cải cách hành chính tỉnh Hòa Sơn năm 2026 \(Kế hoạch số 88\/KH-UBND ngày 12\/01\/2026\)\./);
    expect(dry.stdout).toContain("10 nhiệm vụ, 2 nhiệm vụ con trong 4 nhóm; 5 chỉ tiêu");
    expect(dry.stdout).toContain("Theo tiến độ của Bộ Nông nghiệp và Môi trường");
    expect(readdirSync(dir)).toEqual(["hoa-son.docx"]);

    const out = join(dir, "plan.json");
    const json = JSON.parse((await bot(["import", file, "--out", out, "--json"])).stdout);
    expect(json).toMatchObject({ ok: true, written: out, summary: { tasks: 10, subTasks: 2, targets: 5 }, plan: { id: "hoa-son-cchc-2026", year: 2026 } });
    expect(json.issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(["time", "cooperating"]));
    expect(readdirSync(dir).sort()).toEqual(["hoa-son.docx", "plan.json"]);
    const plan = JSON.parse((await bot(["plan", "--json", "--plan", out])).stdout);
    expect(plan.tasks.find((t: { id: string }) => t.id === "8")).toMatchObject({ lead: ["Sở Khoa học và Công nghệ"], due: ["2026-09-30"] });
  }, 120_000);

  it("a broken file, a text with no task table, a missing file: one Vietnamese sentence on stderr, exit 1, no --out file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "import-bad-"));
    const out = join(dir, "plan.json");
    writeFileSync(join(dir, "bad.docx"), "PK not a zip");
    writeFileSync(join(dir, "notes.txt"), "KẾ HOẠCH\nCải cách hành chính tỉnh Thử năm 2026\nI. MỤC ĐÍCH\na) Làm tốt.\n");
    for (const [file, message] of [
      ["bad.docx", /^Không đọc được tệp bad\.docx \(tệp hỏng hoặc sai định dạng\)\.\n$/],
      ["notes.txt", /^Không tìm thấy bảng nhiệm vụ trong tài liệu/],
      ["missing.docx", /^Không mở được tệp .*missing\.docx\.\n$/],
    ] as const) {
      const e = await fails(["import", join(dir, file), "--out", out]);
      expect(e.code).toBe(1);
      expect(e.stderr).toMatch(message);
      expect(e.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    }
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toContain("KẾ HOẠCH");
  }, 120_000);
});
