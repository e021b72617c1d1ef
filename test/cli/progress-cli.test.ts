import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { CLI } from "../helpers/compiled.js";

const run = promisify(execFile);
const bot = (args: string[]) => run(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 40_000 });

describe("a multi-user conversation set up through the CLI", { timeout: 90_000 }, () => {
  it("stores the lead's report, keeps a cooperating note, refuses others, asks once, undoes, and keeps it all on disk", async () => {
    const dir = mkdtempSync(join(tmpdir(), "progress-cli-"));
    await bot(["roster", "add", "zalo:tp", "--agency", "STP", "--data-dir", dir]);
    await bot(["roster", "add", "slack:UTT", "--agency", "Sở TT&TT", "--data-dir", dir]);
    await expect(bot(["roster", "add", "slack:UX", "--agency", "Các sở, ban, ngành", "--data-dir", dir])).rejects.toMatchObject({ code: 2 });
    const lines = [
      { id: "1", user: "zalo:tp", text: "nhiệm vụ 11 đã hoàn thành, QĐ số 123/QĐ-UBND ngày 10/3/2023", at: "2023-03-20T09:00" },
      { id: "2", user: "slack:UTT", text: "nhiệm vụ 27 đã có dự thảo đề án", at: "2023-03-20T09:01" },
      { id: "3", user: "slack:UTT", text: "nhiệm vụ 13 hoàn thành", at: "2023-03-20T09:02" },
      { id: "4", user: "zalo:stranger", text: "task 4 done", at: "2023-03-20T09:03" },
      { id: "5", user: "zalo:tp", text: "đã xong", at: "2023-03-20T09:04" },
      { id: "6", user: "zalo:tp", text: "12", at: "2023-03-20T09:05" },
      { id: "7", user: "zalo:tp", text: "hoàn tác", at: "2023-03-20T09:06" },
      { id: "8", user: "zalo:tp", text: "lịch sử nhiệm vụ 12", at: "2023-03-20T09:07" },
      { id: "9", user: "zalo:tp", text: "nhiệm vụ nào quá hạn?", at: "2023-04-03T09:00" },
    ];
    const file = join(dir, "talk.jsonl");
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n"));
    const { stdout } = await bot(["replay", file, "--json", "--data-dir", dir]);
    const out = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.intent)).toEqual(["progress_update", "progress_update", "denied", "denied", "clarify", "progress_update", "undo", "progress", "progress"]);
    expect(out[1].text).toContain("Đã ghi chú cho nhiệm vụ 27");
    expect(out[2].text).toContain("Văn phòng UBND tỉnh");
    expect(out[7].text).toMatch(/Hoàn thành[\s\S]*hoàn tác thay đổi/);
    expect(out[8].tasks).toContain("12");
    expect(out[8].tasks).not.toContain("11");
    const { stdout: again } = await bot(["ask", "tiến độ nhiệm vụ 11", "--json", "--data-dir", dir]);
    expect(JSON.parse(again).text).toContain("123/QĐ-UBND ngày 10/03/2023");
  });

  it("finishes a task through replay: asks for the document once, attaches it, lists by status, and names the reporter", async () => {
    const dir = mkdtempSync(join(tmpdir(), "progress-cli-"));
    await bot(["roster", "add", "zalo:tp", "--agency", "STP", "--name", "Trần Thị Pháp", "--data-dir", dir]);
    const lines = [
      { user: "zalo:tp", text: "nhiệm vụ 11 xong rồi", at: "2023-04-10T09:00" },
      { user: "zalo:tp", text: "QĐ số 123/QĐ-UBND ngày 10/3/2023", at: "2023-04-10T09:01" },
      { user: "zalo:tp", text: "nhiệm vụ 12 đang làm, được 60%, vướng dữ liệu bên thuế", at: "2023-04-10T09:02" },
      { text: "Sở Tư pháp còn việc nào chưa xong trong quý 1?", at: "2023-04-11T09:00" },
      { text: "nhiệm vụ nào đã hoàn thành đúng hạn?", at: "2023-04-11T09:01" },
      { text: "lịch sử nhiệm vụ 11", at: "2023-04-11T09:02" },
    ];
    const file = join(dir, "finish.jsonl");
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n"));
    const { stdout } = await bot(["replay", file, "--json", "--data-dir", dir]);
    const out = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out[0].text).toContain("Bạn gửi số và ngày văn bản");
    expect(out[1]).toMatchObject({ intent: "progress_update", tasks: ["11"] });
    expect(out[1].text).toContain("hoàn thành đúng hạn (theo ngày văn bản 10/03/2023)");
    expect(out[2].text).toContain("Gặp vướng mắc, đã được 60% (vướng: dữ liệu bên thuế)");
    expect(out[3].tasks).toEqual(["12"]);
    expect(out[3].text).toContain("tính đến 11/04/2023");
    expect(out[4].tasks).toEqual(["11"]);
    expect(out[5].text).toContain("Trần Thị Pháp (Sở Tư pháp)");
    expect(out[5].text).not.toContain("zalo:");
    expect(out[5].text).not.toContain("console:replay");
  });
});
