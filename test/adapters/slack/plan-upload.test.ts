import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { filePlanStorage, loadStoredPlans } from "../../../src/adapters/plan-storage-file.js";
import { applyRoster } from "../../../src/core/progress/roster-admin.js";
import { emptyState } from "../../../src/core/state.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { plan } from "../../helpers/bot.js";
import { fakeImporter, plansBot } from "../../core/plans/support.js";
import { SECRETS, shownText, startHarness, type Harness } from "./harness.js";
import { blockActions, messageIm } from "./payloads.js";

let h: Harness | undefined;
let dir: string | undefined;
afterEach(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  h = dir = undefined;
});

async function setup() {
  dir = mkdtempSync(join(tmpdir(), "cchc-plans-"));
  const state = emptyState();
  applyRoster(state, plan, { user: "slack:UBOSS", role: "admin" }, new Date("2023-01-02T00:00:00Z"));
  const { importer, seen } = fakeImporter();
  const store = createMemoryStore(state);
  const plansDir = join(dir, "plans");
  h = await startHarness({ store, bot: (s) => plansBot({ store: s, importer, storage: filePlanStorage(plansDir) }).bot });
  return { h, seen, store, plansDir };
}

/** A DM carrying a shared file, as Slack sends it (subtype file_share, the file object in `files`). */
function fileMessage(user: string, file: { id: string; name: string; size: number; url_private: string; url_private_download: string }, stub = false) {
  const files = [
    stub
      ? { id: file.id, file_access: "check_file_info" }
      : { id: file.id, name: file.name, size: file.size, url_private: file.url_private, url_private_download: file.url_private_download, mode: "hosted" },
  ];
  return messageIm({ user, text: "", extra: { subtype: "file_share", files } });
}

describe("a plan document sent to the bot in a Slack DM", () => {
  it("is downloaded with the bot token, summarised with buttons, and activated by «Xác nhận»", async () => {
    const { h, seen, store, plansDir } = await setup();
    const file = h.api.shareFile("ke-hoach-cchc-2026.docx", Buffer.from("PK docx bytes"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect((await h.send(fileMessage("UBOSS", file))).status).toBe(200);
    const [download] = await h.api.waitFor("file_download");
    expect(download!.authorization).toBe(`Bearer ${SECRETS.bot}`);
    const [summary] = await h.api.waitFor("chat.postMessage");
    expect(seen).toEqual([{ name: "ke-hoach-cchc-2026.docx", bytes: "PK docx bytes" }]);
    expect(summary!.params.channel).toBe("DBOSS");
    expect(shownText(summary!.params)).toContain("Kế hoạch cải cách hành chính tỉnh Gia Lai năm 2026");
    const buttons = (summary!.params.blocks as any[]).filter((b) => b.type === "actions").flatMap((b) => b.elements);
    expect(buttons.map((b: any) => b.text.text)).toEqual(["Xác nhận", "Hủy"]);
    expect(existsSync(plansDir)).toBe(false);

    await h.send(blockActions({ user: "UBOSS", channel: "DBOSS", actionId: buttons[0].action_id, value: buttons[0].value, responseUrl: `${h.api.origin}/response/1` }));
    const posts = await h.api.waitFor("chat.postMessage", 2);
    expect(shownText(posts[1]!.params)).toContain("Từ nay câu hỏi theo Kế hoạch cải cách hành chính tỉnh Gia Lai năm 2026");
    expect(store.read((s) => s.activePlan)).toBe("gia-lai-cchc-2026");
    // Written whole to DATA_DIR/plans, and loadable again after a restart.
    expect(JSON.parse(readFileSync(join(plansDir, "gia-lai-cchc-2026.json"), "utf8")).tasks).toHaveLength(9);
    expect(loadStoredPlans(plansDir, silentLogger).map((p) => p.data.id)).toEqual(["gia-lai-cchc-2026"]);
  });

  it("looks a stub file up with files.info; «hủy» discards it", async () => {
    const { h, store, plansDir } = await setup();
    const file = h.api.shareFile("kh.pdf", Buffer.from("%PDF-1.7"), "application/pdf");
    await h.send(fileMessage("UBOSS", file, true));
    const [info] = await h.api.waitFor("files.info");
    expect(info!.params.file).toBe(file.id);
    await h.api.waitFor("chat.postMessage");
    await h.send(messageIm({ user: "UBOSS", text: "hủy" }));
    const posts = await h.api.waitFor("chat.postMessage", 2);
    expect(shownText(posts[1]!.params)).toContain("Đã hủy");
    expect(store.read((s) => s.activePlan)).toBeUndefined();
    expect(existsSync(plansDir)).toBe(false);
  });

  it("refuses a non-admin's document without downloading it", async () => {
    const { h, seen } = await setup();
    const file = h.api.shareFile("kh.docx", Buffer.from("x"));
    await h.send(fileMessage("U777", file));
    const [post] = await h.api.waitFor("chat.postMessage");
    expect(shownText(post!.params)).toContain("Chỉ quản trị viên mới nạp được kế hoạch mới");
    expect(h.api.callsTo("file_download")).toHaveLength(0);
    expect(seen).toHaveLength(0);
  });
});

describe("the Slack file fetcher", () => {
  it("never sends the bot token to a host that is not Slack's", async () => {
    const { createServer } = await import("node:http");
    const heard: (string | undefined)[] = [];
    const other = createServer((req, res) => void (heard.push(req.headers.authorization), res.end("x")));
    await new Promise<void>((r) => other.listen(0, "127.0.0.1", r));
    const port = (other.address() as { port: number }).port;
    const { createFileFetcher } = await import("../../../src/adapters/slack/file-download.js");
    const attachmentOf = createFileFetcher({ token: SECRETS.bot, caller: { call: async () => ({}) as never }, logger: silentLogger, apiUrl: "http://127.0.0.1:1/api/" });
    const file = attachmentOf([{ id: "F1", name: "kh.docx", url_private: `http://127.0.0.1:${port}/evil` }])!;
    await expect(file.download()).rejects.toThrow(/refusing to send the bot token/);
    expect(heard).toEqual([]);
    other.close();
  });
});
