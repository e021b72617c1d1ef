import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { CLI } from "../helpers/compiled.js";

const run = promisify(execFile);
const bot = (args: string[]) => run(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 30_000 });

describe("cli", () => {
  it("answers through ask --json with intent, tasks and text", async () => {
    const { stdout } = await bot(["ask", "Ai chủ trì nhiệm vụ 13?", "--json"]);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ intent: "task", tasks: ["13"], targets: [] });
    expect(answer.text).toContain("Văn phòng UBND tỉnh");
  });

  it("replays bad input with a clear answer each, exit code 0 and no stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    const file = join(dir, "bad.jsonl");
    const inputs = ["", "x".repeat(20_000), "😀😀😀", "\u0000\u0007\u001b[31m", "nhiệm vụ 99", "Sở Ngoại giao có nhiệm vụ gì?", "   "];
    writeFileSync(file, `${inputs.map((text, i) => JSON.stringify({ id: `b${i}`, text })).join("\n")}\nnot json\n`);
    const { stdout, stderr } = await bot(["replay", file, "--json", "--data-dir", dir]);
    const answers = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.id)).toEqual(["b0", "b1", "b2", "b3", "b4", "b5", "b6", "line-8"]);
    for (const a of answers) expect(a.text.length).toBeGreaterThan(10);
    expect(answers[1].text).toMatch(/quá dài/);
    expect(answers[4]).toMatchObject({ intent: "not_found", tasks: [] });
    expect(answers[5]).toMatchObject({ intent: "not_found" });
    expect(answers[5].text).toContain("Sở Ngoại giao");
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("prints the plan as JSON: 31 task rows and 20 targets with full names and ISO dates", async () => {
    const { stdout } = await bot(["plan", "--json"]);
    const plan = JSON.parse(stdout);
    expect(plan.tasks).toHaveLength(31);
    expect(plan.targets).toHaveLength(20);
    expect(plan.tasks.find((t: { id: string }) => t.id === "15")).toMatchObject({ lead: ["Văn phòng UBND tỉnh"], due: ["2023-09-30", "2023-12-31"] });
    expect(plan.targets.find((t: { id: string }) => t.id === "4")).toMatchObject({ value: "100%", monitoring: ["Sở Nội vụ"] });
  });

  it("stops with a named error on a broken plan file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    writeFileSync(join(dir, "plan.json"), "{ not json");
    await expect(bot(["ask", "quý 2", "--plan", join(dir, "plan.json")])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("plan.json is not valid JSON") });
  });

  it("prints a command's usage for --help and stops on a mistyped option, sending nothing either way", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    const help = await bot(["remind", "--help", "--data-dir", dir]);
    expect(help.stdout).toContain("remind [--now ISO] [--dry-run]");
    expect(help.stdout).not.toContain("roster add");
    expect(help.stdout).not.toMatch(/Đã gửi/);
    await expect(bot(["remind", "--dryrun", "--data-dir", dir])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown option --dryrun for "remind"') });
  });
});
