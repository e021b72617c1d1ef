import { execFile } from "node:child_process";
import { chmod, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { openFileStore } from "../../src/adapters/lowdb/file-store.js";
import { silentLogger } from "../../src/ports/logger.js";

const run = promisify(execFile);
const NOBODY = 65534;
// chmod does not stop root: as root the CLI runs as the unprivileged user "nobody" instead, for whom
// a root-owned directory with mode 755 is just as read-only.
const root = process.getuid?.() === 0;

async function bot(args: string[]) {
  const asNobody = root ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: tmpdir() } } : {};
  return run(path.join("node_modules", ".bin", "tsx"), ["src/cli.ts", ...args], { encoding: "utf8", timeout: 60_000, ...asNobody });
}

async function canRunAsNobody(): Promise<boolean> {
  if (!root) return true;
  return run(process.execPath, ["-e", ""], { uid: NOBODY, gid: NOBODY }).then(
    () => true,
    () => false,
  );
}

it("answers questions from a read-only data directory, warns that reports cannot be saved, and refuses a report in one sentence", { timeout: 150_000 }, async (ctx) => {
  if (!(await canRunAsNobody())) return ctx.skip();
  const dir = await mkdtemp(path.join(tmpdir(), "read-only-cli-"));
  const store = await openFileStore({ dataDir: dir, logger: silentLogger });
  await store.update((d) => {
    d.roster.push({ user: "zalo:tp", agency: "so-tu-phap", role: "member", name: "Trần Thị Pháp", addedAt: "2023-03-01T00:00:00Z" });
    d.records.push({
      seq: ++d.seq,
      kind: "report",
      task: "11",
      status: "in_progress",
      percent: 40,
      user: "zalo:tp",
      agency: "so-tu-phap",
      channel: "zalo:1",
      at: "2023-03-20T02:00:00Z",
      text: "nhiệm vụ 11 đang làm 40%",
    });
  });
  await store.close();
  const files = async () => Promise.all((await readdir(dir)).sort().map(async (n) => [n, await readFile(path.join(dir, n)).catch(() => "dir")]));
  const before = await files();
  await chmod(dir, root ? 0o755 : 0o555);
  try {
    const asked = await bot(["ask", "tiến độ nhiệm vụ 11", "--json", "--data-dir", dir]);
    expect(JSON.parse(asked.stdout).text).toContain("Đang thực hiện 40%");
    expect(asked.stderr).toContain("read-only");
    expect(asked.stderr).toContain("reports cannot be saved");
    const reported = await bot(["ask", "nhiệm vụ 11 đã hoàn thành", "--json", "--user", "zalo:tp", "--data-dir", dir]);
    const reply = JSON.parse(reported.stdout);
    expect(reply.intent).toBe("read_only");
    expect(reply.text).toContain("Chưa lưu được: thư mục dữ liệu của bot đang chỉ đọc");
    expect(await files()).toEqual(before);
  } finally {
    await chmod(dir, 0o755);
  }
});
