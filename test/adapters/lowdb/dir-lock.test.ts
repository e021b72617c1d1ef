import { execFile, spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openFileStore } from "../../../src/adapters/lowdb/file-store.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { recordingLogger, tempDir } from "./support.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
let dir: string;
let remove: () => Promise<void>;
const lockFile = () => path.join(dir, "cchc-bot.lock");

beforeEach(async () => ({ dir, remove } = await tempDir()));
afterEach(() => remove());

/** A pid that certainly belonged to a process that is gone now. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

describe("one writer per data directory", () => {
  it("refuses a second process at once with STORE_LOCKED naming the directory", async () => {
    const store = await openFileStore({ dataDir: dir, logger: silentLogger });
    const child = path.join(here, "store-child.ts");
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", child, "probe", dir], { cwd: root });
    const answer = JSON.parse(stdout) as { code: string; message: string };
    expect(answer.code).toBe("STORE_LOCKED");
    expect(answer.message).toContain(`The data directory ${dir} is in use by process ${process.pid}`);
    expect(answer.message).toContain(`rm "${lockFile()}"`);
    await store.close();
  });

  it("refuses a second open in the same process, and allows it after close", async () => {
    const store = await openFileStore({ dataDir: dir, logger: silentLogger });
    await expect(openFileStore({ dataDir: dir, logger: silentLogger })).rejects.toMatchObject({ code: "STORE_LOCKED" });
    await store.close();
    await expect(readFile(lockFile())).rejects.toMatchObject({ code: "ENOENT" });
    await (await openFileStore({ dataDir: dir, logger: silentLogger })).close();
  });

  it("takes over a lock left by a killed process, with a warning", async () => {
    const stale = { pid: deadPid(), hostname: (await import("node:os")).hostname(), token: "x", startedAt: "2023-01-01" };
    await writeFile(lockFile(), JSON.stringify(stale));
    const logger = recordingLogger();
    const started = performance.now();
    const store = await openFileStore({ dataDir: dir, logger });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(logger.lines.some((l) => l.level === "warn" && /stale lock/.test(l.msg ?? ""))).toBe(true);
    expect(JSON.parse(await readFile(lockFile(), "utf8")).pid).toBe(process.pid);
    await store.close();
  });

  it("takes over when the previous taker died mid-takeover, and removes its dead claim", async () => {
    const host = (await import("node:os")).hostname();
    await writeFile(lockFile(), JSON.stringify({ pid: deadPid(), hostname: host, token: "stale-1", startedAt: "2023-01-01" }));
    const claim = `${lockFile()}.after-stale-1`;
    await writeFile(claim, JSON.stringify({ pid: deadPid(), hostname: host, token: "taker-2", startedAt: "2023-01-01" }));
    const store = await openFileStore({ dataDir: dir, logger: silentLogger });
    expect(JSON.parse(await readFile(lockFile(), "utf8")).pid).toBe(process.pid);
    await expect(readFile(claim)).rejects.toMatchObject({ code: "ENOENT" });
    await store.close();
  });

  it("takes over an unreadable lock file, but not one held on another machine", async () => {
    await writeFile(lockFile(), Buffer.alloc(64));
    await (await openFileStore({ dataDir: dir, logger: silentLogger })).close();
    await writeFile(lockFile(), JSON.stringify({ pid: deadPid(), hostname: "other-host", token: "y", startedAt: "2023-01-01" }));
    await expect(openFileStore({ dataDir: dir, logger: silentLogger })).rejects.toMatchObject({
      code: "STORE_LOCKED",
      message: expect.stringContaining("on other-host"),
    });
  });
});
