import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/core/message.js";
import { passes, readQuestions } from "../helpers/score.js";
import { makeDocx } from "../import/make-docx.js";
import { thirdPlanDocument } from "../import/third-plan.js";
import { CLI } from "../helpers/compiled.js";

const run = promisify(execFile);
const bot = (args: string[]) => run(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 60_000, maxBuffer: 16 << 20 });

// The whole way an office takes: `bot import --out`, then questions through `replay --plan` on what it wrote.
describe("questions on an imported plan through replay --plan", () => {
  it("answers with the agencies and deadlines as the plan writes them, finds 4a as 4.1, never counts ongoing rows overdue", async () => {
    const dir = mkdtempSync(join(tmpdir(), "import-replay-"));
    const doc = join(dir, "dak-lak.docx");
    const out = join(dir, "plan.json");
    writeFileSync(doc, await makeDocx(thirdPlanDocument()));
    await bot(["import", doc, "--out", out]);
    const questions = readQuestions("test/fixtures/questions/dak-lak-2026.jsonl");
    const lines = [...questions.map((q) => ({ id: q.id, text: q.text })), { id: "late", text: "Những nhiệm vụ nào đã quá hạn?", at: "2026-08-15T08:00:00+07:00" }];
    const file = join(dir, "questions.jsonl");
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n"));
    const { stdout } = await bot(["replay", file, "--json", "--plan", out, "--data-dir", join(dir, "data"), "--now", "2026-03-02T08:00"]);
    const answers = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Reply & { id: string });
    const failed = questions.filter((q) => !passes(q, answers.find((a) => a.id === q.id)!)).map((q) => `${q.id} ${q.text} → ${JSON.stringify(answers.find((a) => a.id === q.id)?.tasks)}`);
    console.log(`dak-lak replay: ${questions.length - failed.length}/${questions.length}${failed.length ? `; failed: ${failed.join(" | ")}` : ""}`);
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(failed).toEqual([]);
    // "Thường xuyên", "Hằng năm" and "Theo tiến độ …" (tasks 1, 6, 10) have no due date: never overdue.
    const late = answers.find((a) => a.id === "late")!;
    expect(late.tasks).toEqual(expect.arrayContaining(["2", "4a", "5", "7", "10.1"]));
    for (const id of ["1", "6", "10", "3", "9"]) expect(late.tasks).not.toContain(id);
  }, 120_000);
});
