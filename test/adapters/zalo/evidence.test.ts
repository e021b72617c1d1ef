import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { CAN_TAKE } from "../../../src/adapters/zalo/inbound-media.js";
import { emptyState } from "../../../src/core/state.js";
import { testBot } from "../../helpers/bot.js";
import { eventually, harnessPool, textUpdate } from "./support.js";

const REPORTER = "7a1b2c3d4e5f60718293";
// A real JPEG header (SOI + APP0 JFIF), enough for the type check.
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from("JFIF\0quyet dinh 123/QD-UBND")]);
const start = harnessPool();

function setup() {
  const state = emptyState();
  state.roster.push({ user: `zalo:${REPORTER}`, agency: "so-tu-phap", role: "member", addedAt: "2023-01-02T00:00:00.000Z" });
  const store = createMemoryStore(state);
  const dataDir = mkdtempSync(join(tmpdir(), "zalo-evidence-"));
  return { ...testBot({ store }), dataDir };
}

function photoUpdate(url: string, caption?: string, id = `p-${Math.random()}`) {
  const base = textUpdate("", { from: REPORTER, id });
  return { ...base, event_name: "message.image.received", message: { ...base.message, text: undefined, photo_url: url, ...(caption ? { caption } : {}) } };
}

describe("evidence photos on Zalo", () => {
  it("a captioned photo is a report with its evidence, kept under DATA_DIR/evidence with its sha256 and shown in the progress answer", async () => {
    const { bot, store, dataDir } = setup();
    const h = await start({ mode: "polling", bot, store, env: { DATA_DIR: dataDir } });
    h.fake.queueUpdate(photoUpdate(h.fake.hostFile("quyet-dinh.jpg", JPEG, "image/jpeg"), "nhiệm vụ 11 đã hoàn thành, ảnh quyết định"));
    await eventually(() => h.fake.sent.length >= 1);
    const reply = h.fake.sent.map((s) => s.text).join("\n");
    expect(reply).toMatch(/Đã ghi nhận nhiệm vụ 11/);
    expect(reply).toMatch(/Kèm minh chứng: ảnh quyet-dinh\.jpg/);
    expect(reply).not.toMatch(/Sản phẩm của nhiệm vụ 11 là văn bản/);
    const sha = createHash("sha256").update(JPEG).digest("hex");
    const path = join(dataDir, "evidence", `${sha}.jpg`);
    expect(readFileSync(path)).toEqual(JPEG);
    const [record] = store.read((s) => s.records.filter((r) => r.kind === "report"));
    expect(record).toMatchObject({ task: "11", status: "done", files: [{ kind: "image", name: "quyet-dinh.jpg", mime: "image/jpeg", sha256: sha, path, size: JPEG.length }] });
    const progress = await bot.handle({ channel: "console:x", user: "console:x", text: "tiến độ nhiệm vụ 11", at: new Date("2023-05-15T08:00:00+07:00") });
    expect(progress.text).toMatch(/Minh chứng: ảnh quyet-dinh\.jpg \(sha256 [0-9a-f]{12}…\)/);
  });

  it("a photo without caption goes with the report just made, or the bot asks which task it is for", async () => {
    const { bot, store, dataDir } = setup();
    const h = await start({ mode: "polling", bot, store, env: { DATA_DIR: dataDir } });
    h.fake.queueUpdate(photoUpdate(h.fake.hostFile("a.png", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("png")]), "image/png")));
    await eventually(() => h.fake.sent.length === 1);
    expect(h.fake.sent[0]!.text).toMatch(/Đây là minh chứng cho nhiệm vụ nào/);
    h.fake.queueUpdate(textUpdate("11", { from: REPORTER }));
    await eventually(() => h.fake.sent.length === 2);
    expect(h.fake.sent[1]!.text).toMatch(/Đã lưu ảnh a\.png .* làm minh chứng cho nhiệm vụ 11/);
    h.fake.queueUpdate(textUpdate("nhiệm vụ 12 đang thực hiện 50%", { from: REPORTER }));
    await eventually(() => h.fake.sent.length === 3);
    h.fake.queueUpdate(photoUpdate(h.fake.hostFile("b.jpg", Buffer.concat([JPEG, Buffer.from("2")]), "image/jpeg")));
    await eventually(() => h.fake.sent.length === 4);
    expect(h.fake.sent[3]!.text).toMatch(/làm minh chứng cho nhiệm vụ 12/);
    const notes = store.read((s) => s.records.filter((r) => r.kind === "note").map((r) => [r.task, r.files?.[0]?.name]));
    expect(notes).toEqual([
      ["11", "a.png"],
      ["12", "b.jpg"],
    ]);
  });

  it("refuses what is not an image or a PDF, and answers voice, stickers and link cards with what it can take", async () => {
    const { bot, store, dataDir } = setup();
    const h = await start({ mode: "polling", bot, store, env: { DATA_DIR: dataDir } });
    h.fake.queueUpdate(photoUpdate(h.fake.hostFile("x.jpg", Buffer.from("<html>not an image</html>"), "image/jpeg"), "nhiệm vụ 11 đã hoàn thành"));
    await eventually(() => h.fake.sent.length === 1);
    expect(h.fake.sent[0]!.text).toMatch(/chỉ lưu được ảnh .* và tệp PDF/);
    expect(existsSync(join(dataDir, "evidence"))).toBe(false);
    const base = textUpdate("", { from: REPORTER });
    for (const event of ["message.voice.received", "message.link.received", "message.file.received"]) {
      h.fake.queueUpdate({ ...base, event_name: event, message: { ...base.message, message_id: event } });
    }
    await eventually(() => h.fake.sent.length === 4);
    expect(h.fake.sent.slice(1).map((s) => s.text)).toEqual([CAN_TAKE, CAN_TAKE, CAN_TAKE]);
    expect(store.read((s) => s.records)).toEqual([]);
  });
});
