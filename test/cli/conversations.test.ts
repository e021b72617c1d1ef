import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI } from "../helpers/compiled.js";

// Multi-user progress conversations, as officials on Zalo and Slack would hold them, replayed through the
// evaluation's own entry point (`bot replay FILE --json`). Each line carries what its answer must show.
const run = promisify(execFile);
const bot = (args: string[]) => run(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 60_000 });
const DIR = join(process.cwd(), "test", "fixtures", "conversations");

interface Expect {
  intent?: string;
  tasks?: string[];
  say?: string[];
  not?: string[];
}
interface Line {
  id: string;
  user?: string;
  text: string;
  expect: Expect;
}
interface RosterLine {
  user: string;
  agency?: string;
  role?: string;
  name: string;
}

const conversations = readdirSync(DIR)
  .filter((f) => f.endsWith(".jsonl"))
  .sort();

describe("multi-user progress conversations through replay", { timeout: 120_000 }, () => {
  let template = "";
  beforeAll(async () => {
    template = mkdtempSync(join(tmpdir(), "conversations-"));
    const roster = JSON.parse(readFileSync(join(DIR, "roster.json"), "utf8")) as RosterLine[];
    for (const r of roster) {
      const who = r.agency ? ["--agency", r.agency] : ["--role", r.role ?? "member"];
      await bot(["roster", "add", r.user, ...who, "--name", r.name, "--data-dir", template]);
    }
  }, 120_000);

  it("has at least eight conversations", () => {
    expect(conversations.length).toBeGreaterThanOrEqual(8);
  });

  it.each(conversations)("%s", async (file) => {
    const dir = mkdtempSync(join(tmpdir(), "conversation-"));
    cpSync(template, dir, { recursive: true });
    const path = join(DIR, file);
    const lines = readFileSync(path, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Line);
    const { stdout } = await bot(["replay", path, "--json", "--data-dir", dir]);
    const out = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; intent: string; tasks: string[]; text: string });
    expect(out).toHaveLength(lines.length);
    for (const [i, line] of lines.entries()) {
      const got = out[i]!;
      const where = `${file} #${line.id} ${line.user ?? ""}: «${line.text}» → ${got.intent} ${JSON.stringify(got.tasks)}\n${got.text}`;
      expect(got.id, where).toBe(line.id);
      if (line.expect.intent) expect(got.intent, where).toBe(line.expect.intent);
      if (line.expect.tasks) expect(got.tasks, where).toEqual(line.expect.tasks);
      for (const s of line.expect.say ?? []) expect(got.text, where).toContain(s);
      for (const s of line.expect.not ?? []) expect(got.text, where).not.toContain(s);
    }
  });
});
