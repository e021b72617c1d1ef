import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { reportModal } from "../../../src/adapters/slack/report-modal.js";
import { emptyState } from "../../../src/core/state.js";
import { NOW, realBot, shownText, startHarness, type Harness } from "./harness.js";
import { messageIm, reportValues, viewSubmission } from "./payloads.js";

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("JFIF quyet dinh")]);
const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF");

/** Photos and PDFs as evidence on Slack: a file shared in the conversation, and the report form's file field. */
describe("Slack evidence files", () => {
  let h: Harness;
  let bot: ReturnType<typeof realBot>;
  const dataDir = mkdtempSync(join(tmpdir(), "slack-evidence-"));
  // U777 reports for Văn phòng UBND tỉnh, which leads task 9.
  const store = createMemoryStore({ ...emptyState(), roster: [{ user: "slack:U777", agency: "vp-ubnd-tinh", role: "member", addedAt: "2023-01-05T00:00:00Z" }] });

  beforeAll(async () => {
    h = await startHarness({ store, bot: (s) => (bot = realBot(s)), env: { DATA_DIR: dataDir } });
  });
  afterAll(() => h.close());

  it("downloads a photo shared in a DM with its report, keeps it with its sha256 and attaches it to the report", async () => {
    const file = h.api.shareFile("quyet-dinh.jpg", JPEG, "image/jpeg");
    const files = [{ id: file.id, name: file.name, size: file.size, mimetype: file.mimetype, url_private: file.url_private, url_private_download: file.url_private_download }];
    await h.send(messageIm({ user: "U777", text: "nhiệm vụ 9 đã hoàn thành", extra: { subtype: "file_share", files } }));
    await expect.poll(() => h.api.callsTo("chat.postMessage").length).toBe(1);
    expect(shownText(h.api.callsTo("chat.postMessage")[0]!.params)).toMatch(/Kèm minh chứng: ảnh quyet-dinh\.jpg/);
    // The person by the display name users.info gives, not "U777"; kept in the roster.
    expect(shownText(h.api.callsTo("chat.postMessage")[0]!.params)).toContain("Người báo cáo: Chị U777 · Văn phòng UBND tỉnh");
    expect(store.read((s) => s.roster.find((r) => r.user === "slack:U777")?.name)).toBe("Chị U777");
    const record = store.read((s) => s.records.find((r) => r.task === "9"));
    expect(record).toMatchObject({ kind: "report", status: "done", files: [{ kind: "image", name: "quyet-dinh.jpg", size: JPEG.length }] });
    expect(readFileSync(record!.files![0]!.path)).toEqual(JPEG);
    expect(bot.handled.at(-1)!.attachment).toBeUndefined();
  });

  it("offers a file field in the report form and stores the PDF sent through it with the report", async () => {
    const modal = reportModal(bot.reportable("slack:U777"), { channel: "C778" });
    expect(modal.blocks.find((b) => b.block_id === "files")).toMatchObject({
      type: "input",
      optional: true,
      element: { type: "file_input", filetypes: expect.arrayContaining(["pdf", "jpg", "png"]) },
    });
    const file = h.api.shareFile("bao-cao-ky.pdf", PDF, "application/pdf");
    const values = {
      ...reportValues({ task: "9", status: "in_progress", percent: "60" }),
      files: {
        value: {
          type: "file_input",
          files: [{ id: file.id, name: file.name, mimetype: file.mimetype, size: file.size, url_private: file.url_private, url_private_download: file.url_private_download }],
        },
      },
    };
    await h.send(viewSubmission({ user: "U777", privateMetadata: JSON.stringify({ channel: "C778" }), values }));
    await expect.poll(() => h.api.callsTo("chat.postMessage").filter((c) => c.params.channel === "C778").length).toBe(1);
    const record = store.read((s) => s.records.filter((r) => r.task === "9").at(-1));
    expect(record).toMatchObject({ status: "in_progress", percent: 60, files: [{ kind: "pdf", name: "bao-cao-ky.pdf", mime: "application/pdf" }] });
    const progress = await bot.handle({ channel: "slack:D1", user: "slack:U1", text: "tiến độ nhiệm vụ 9", at: NOW });
    expect(progress.text).toMatch(/Minh chứng: ảnh quyet-dinh\.jpg .*; tệp PDF bao-cao-ky\.pdf/);
  });

  it("asks users.info only for a turn that stores the name: a question asks nothing, a report names the person", async () => {
    const asked = () => h.api.callsTo("users.info").filter((c) => c.params.user === "U888").length;
    await store.update((d) => void d.roster.push({ user: "slack:U888", agency: "vp-ubnd-tinh", role: "member", addedAt: "2023-01-05T00:00:00Z" }));
    const posts = h.api.callsTo("chat.postMessage").length;
    await h.send(messageIm({ user: "U888", text: "Quý 2 có những nhiệm vụ nào?" }));
    await expect.poll(() => h.api.callsTo("chat.postMessage").length).toBe(posts + 1);
    expect(asked()).toBe(0);
    await h.send(messageIm({ user: "U888", text: "nhiệm vụ 9 đang thực hiện 70%" }));
    await expect.poll(() => h.api.callsTo("chat.postMessage").length).toBe(posts + 2);
    expect(asked()).toBe(1);
    expect(shownText(h.api.callsTo("chat.postMessage").at(-1)!.params)).toContain("Người báo cáo: Chị U888");
    expect(store.read((s) => s.records.at(-1))).toMatchObject({ user: "slack:U888", name: "Chị U888", percent: 70 });
  });
});
