import { execFile } from "node:child_process";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { startTerminalChat } from "../../../src/adapters/console/terminal-chat.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { fixedClock, testBot } from "../../helpers/bot.js";
import { MAIN } from "../../helpers/compiled.js";

describe("terminal chat", () => {
  it("welcomes, answers each line and ends on exit", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let seen = "";
    output.on("data", (d) => (seen += String(d)));
    const { bot } = testBot();
    const chat = startTerminalChat({ bot, clock: fixedClock(), logger: silentLogger, input, output });
    input.write("Quý II có những nhiệm vụ nào?\n");
    input.write("exit\n");
    await chat.done;
    expect(seen).toContain("Quý II có những nhiệm vụ nào?»");
    expect(seen).toMatch(/Quý II\/2023 có 8 nhiệm vụ đến hạn \(kèm việc con 10.1, 10.2\):/);
    expect(seen).toContain("NV 27. Đề án chuyển đổi số tại Văn phòng UBND tỉnh");
    expect(seen.trim().endsWith("Tạm biệt!")).toBe(true);
  });

  it("npm start through a pipe answers and ends cleanly at end of input", async () => {
    const child = execFile(process.execPath, [MAIN], { encoding: "utf8", timeout: 30_000, env: { ...process.env, LOG_LEVEL: "warn" } });
    child.stdin!.end("ai chu tri nhiem vu 9\n");
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(out).toContain("Nhiệm vụ 9 do Văn phòng UBND tỉnh chủ trì.");
  });
});
