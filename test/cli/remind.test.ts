import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { digestSections } from "../helpers/digest-text.js";
import { CLI } from "../helpers/compiled.js";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "remind-"));
// No platform tokens from the developer's environment: only console channels are used here.
const env = { ...process.env, SLACK_BOT_TOKEN: "", ZALO_BOT_TOKEN: "", BOT_ADMINS: "", TZ: "America/New_York" };
const bot = (...args: string[]) => run(process.execPath, [CLI, ...args, "--data-dir", dir], { encoding: "utf8", timeout: 30_000, env });

interface Sent {
  channel: string;
  text: string;
  tasks: string[];
  more?: string;
}
const dryRun = async (now: string): Promise<Sent[]> => JSON.parse((await bot("remind", "--now", now, "--dry-run", "--json")).stdout) as Sent[];
const to = (sent: Sent[], channel: string) => sent.find((m) => m.channel === channel)!;

// Reports with their time: what is known at 15/05 differs from what is known at 03/07.
const reports = [
  ["console:noivu", "nhiệm vụ 1 đã hoàn thành, QĐ số 12/QĐ-UBND ngày 20/3/2023", "2023-03-20T09:00"],
  ["console:noivu", "nhiệm vụ 2 đã hoàn thành", "2023-04-10T09:00"],
  ["console:noivu", "nhiệm vụ 7 đang thực hiện 20%", "2023-04-20T09:00"],
  ["console:vp", "nhiệm vụ 13 đang thực hiện 60%", "2023-04-25T09:00"],
  ["console:noivu", "nhiệm vụ 5 đang thực hiện 40%", "2023-05-10T09:00"],
  ["console:noivu", "nhiệm vụ 18 đã hoàn thành", "2023-05-12T09:00"],
  ["console:vp", "nhiệm vụ 15 đang thực hiện", "2023-06-01T09:00"],
  ["console:vp", "nhiệm vụ 9 đã hoàn thành", "2023-06-20T09:00"],
  ["console:vp", "nhiệm vụ 26 đang thực hiện 50%", "2023-06-25T09:00"],
  ["console:noivu", "nhiệm vụ 6 đang thực hiện", "2023-06-28T09:00"],
  ["console:noivu", "nhiệm vụ 10.1 đã hoàn thành", "2023-06-30T15:00"],
];

beforeAll(async () => {
  await bot("roster", "add", "console:noivu", "--agency", "Sở Nội vụ", "--name", "Chị An");
  await bot("roster", "add", "console:vp", "--agency", "VP UBND");
  await bot("channel", "add", "console:all", "--now", "2023-05-01");
  await bot("channel", "add", "console:noivu-room", "--agency", "Sở Nội vụ", "--now", "2023-05-01");
  const file = join(dir, "reports.jsonl");
  writeFileSync(file, reports.map(([user, text, at]) => JSON.stringify({ user, text, at, channel: "console:reports" })).join("\n"));
  const { stdout } = await bot("replay", file, "--json");
  expect(
    stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).intent),
  ).toEqual(reports.map(() => "progress_update"));
}, 60_000);

describe("remind on the real plan", () => {
  it("dry-runs Monday 15/05/2023 08:00: each section lists exactly the right tasks, nudges the right people", async () => {
    const sent = await dryRun("2023-05-15T08:00");
    expect(sent.map((m) => m.channel).sort()).toEqual(["console:all", "console:noivu", "console:noivu-room", "console:vp"]);
    const all = to(sent, "console:all");
    expect(digestSections(all.more!)).toEqual({
      overdue: ["1.1", "1.2", "3", "4", "11", "12", "13", "19", "20", "23", "24", "25"],
      due: ["5", "7", "9", "10", "10.1", "10.2", "21", "26", "27"],
      stale: ["7", "9", "10", "10.1", "10.2", "16", "17", "21", "26", "27"],
      completed: ["18"],
    });
    expect(all.tasks).toEqual(["1.1", "1.2", "3", "4", "5", "7", "9", "10", "10.1", "10.2", "11", "12", "13", "16", "17", "18", "19", "20", "21", "23", "24", "25", "26", "27"]);
    expect(all.text).toContain("Quý II/2023: 8 nhiệm vụ đến hạn (kèm việc con 10.1, 10.2) — đúng hạn 1 · trễ hạn 0 · đang làm 2 · quá hạn 0 · chưa báo cáo 7.");
    // The phone-sized digest: counts and the most urgent tasks; the full list is one «xem tiếp» away.
    expect(all.text).toContain("Gõ «xem tiếp» để xem đủ 24 nhiệm vụ theo từng cơ quan.");
    expect(all.text.split("\n").length).toBeLessThanOrEqual(12);
    expect(all.more).toContain("🏢 Sở Nội vụ — @Chị An");
    expect(all.more).toContain("7 (25 ngày)");
    expect(all.more).toContain("còn 46 ngày");
    expect(all.text).toContain("«nhiệm vụ <số> đã hoàn thành, QĐ số …»");
    expect(all.text.length).toBeLessThan(3000);

    expect(digestSections(to(sent, "console:noivu-room").more!)).toEqual({
      overdue: ["1.1", "1.2", "3", "19", "20"],
      due: ["5", "7", "10", "10.1"],
      stale: ["7", "10", "10.1", "17"],
      completed: ["18"],
    });
    expect(to(sent, "console:noivu").tasks).toEqual(["1.1", "1.2", "3", "7", "10", "10.1", "17", "19", "20"]);
    expect(to(sent, "console:noivu").text).toContain("«nhiệm vụ 1.1 đã hoàn thành, QĐ số …/QĐ-UBND ngày …»");
    expect(to(sent, "console:vp").tasks).toEqual(["9", "13", "26", "27"]);
  }, 40_000);

  it("sends once for real, nothing on a second run at the same time, then dry-runs 03/07/2023 against that digest", async () => {
    const first = await bot("remind", "--now", "2023-05-15T08:00");
    expect(first.stdout).toContain("→ console:all\n📋 Nhắc việc CCHC — thứ Hai 15/05/2023 · Toàn bộ Kế hoạch");
    expect(first.stdout).toContain("Đã gửi 4 tin nhắc việc.");
    const again = await bot("remind", "--now", "2023-05-15T08:00", "--json");
    expect(JSON.parse(again.stdout)).toEqual([]);

    const sent = await dryRun("2023-07-03T08:00");
    const all = to(sent, "console:all");
    expect(digestSections(all.more!)).toEqual({
      overdue: ["1.1", "1.2", "3", "4", "5", "7", "10", "10.2", "11", "12", "13", "19", "20", "21", "23", "24", "25", "26", "27"],
      due: ["6", "8", "15", "22"],
      stale: ["8", "15", "16", "17", "22"],
      // Done since the digest of 15/05 (task 18, done on 12/05, was in that one).
      completed: ["9", "10.1"],
    });
    expect(all.text).toContain("Quý III/2023: 4 nhiệm vụ đến hạn — đúng hạn 0 · trễ hạn 0 · đang làm 2 · quá hạn 0 · chưa báo cáo 2.");
    expect(all.more).toContain("15 (32 ngày)");
    expect(digestSections(to(sent, "console:noivu-room").more!)).toEqual({
      overdue: ["1.1", "1.2", "3", "5", "7", "10", "19", "20"],
      due: ["6"],
      stale: ["17"],
      completed: ["10.1"],
    });
  }, 40_000);

  it("previews the next digest of every channel left after a remove; a bad schedule exits with code 2", async () => {
    const other = mkdtempSync(join(tmpdir(), "remind-cron-"));
    // Settled into a value at once: a rejection that lands before the await below must not count as unhandled.
    const badCron = run(process.execPath, [CLI, "channel", "add", "console:x", "--cron", "every monday", "--data-dir", other], { encoding: "utf8", timeout: 30_000, env }).then(
      (ok) => ok,
      (error: unknown) => error,
    );
    expect((await bot("channel", "remove", "console:noivu-room")).stdout).toBe("Đã tắt nhắc việc hàng tuần ở console:noivu-room.\n");
    expect(await badCron).toMatchObject({ code: 2, stderr: expect.stringContaining('Use five fields, e.g. "0 8 * * 1"') });
    const preview = await bot("remind", "preview", "--now", "2023-05-16T10:00");
    expect(preview.stdout).toMatch(/^🔎 Xem trước bản nhắc việc sẽ gửi tới console:all lúc 08:00 22\/05\/2023:\n📋 Nhắc việc CCHC — thứ Hai 22\/05\/2023 · Toàn bộ Kế hoạch/);
    expect(preview.stdout).not.toContain("console:noivu-room");
  }, 40_000);
});
