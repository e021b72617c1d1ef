import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withExports } from "../../../src/adapters/export/attach-files.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { plan, testBot } from "../../helpers/bot.js";
import { eventually, harnessPool, textUpdate } from "./support.js";

const ADMIN = "ad00ad00ad00ad00ad00";
const start = harnessPool();

function exportingBot() {
  const dataDir = mkdtempSync(join(tmpdir(), "zalo-files-"));
  const { bot, store } = testBot({ config: { admins: [`zalo:${ADMIN}`] } });
  return { dataDir, store, bot: withExports(bot, { dataDir, plan, store, timezone: "Asia/Ho_Chi_Minh", logger: silentLogger }) };
}

const links = (text: string) => [...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);

describe("report files on Zalo", () => {
  it("with PUBLIC_URL: the chart as a photo and the workbook as a link, served for a day under unguessable tokens", async () => {
    const { bot, store, dataDir } = exportingBot();
    const h = await start({ mode: "polling", bot, store, env: { PUBLIC_URL: "self", DATA_DIR: dataDir } });
    h.fake.queueUpdate(textUpdate("báo cáo quý 1", { from: ADMIN }));
    await eventually(() => h.fake.photos.length === 1, 20000);
    const text = h.fake.sent.map((s) => s.text).join("\n");
    expect(text).not.toMatch(/Đính kèm/);
    const photo = h.fake.photos[0]!;
    expect(photo).toMatchObject({ chat_id: ADMIN, caption: "tien-do-q1-2023.png" });
    expect(photo.photo.startsWith(`${h.env.PUBLIC_URL}/files/`)).toBe(true);
    const png = await fetch(photo.photo);
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");

    const xlsxUrl = links(text).find((u) => u.endsWith("/bao-cao-q1-2023.xlsx"))!;
    expect(xlsxUrl.startsWith(`${h.env.PUBLIC_URL}/files/`)).toBe(true);
    const token = xlsxUrl.split("/").at(-2)!;
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
    const xlsx = await fetch(xlsxUrl);
    expect(xlsx.status).toBe(200);
    expect(Buffer.from(await xlsx.arrayBuffer())).toEqual(readFileSync(join(dataDir, "exports", "bao-cao-q1-2023.xlsx")));

    const changed = xlsxUrl.replace(token, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`);
    for (const url of [
      changed,
      `${h.env.PUBLIC_URL}/files/`,
      `${h.env.PUBLIC_URL}/files/${token}/`,
      `${h.env.PUBLIC_URL}/files/${token}/other.xlsx`,
      `${h.env.PUBLIC_URL}/files/${token}/../../exports/bao-cao-q1-2023.xlsx`,
    ]) {
      expect((await fetch(url)).status, url).toBe(404);
    }
  }, 40_000);

  it("without PUBLIC_URL: no claim of an attachment, and the command that makes the file", async () => {
    const { bot, store, dataDir } = exportingBot();
    const h = await start({ mode: "polling", bot, store, env: { DATA_DIR: dataDir } });
    h.fake.queueUpdate(textUpdate("báo cáo quý 1", { from: ADMIN }));
    await eventually(() => h.fake.sent.length >= 1, 25_000);
    const text = h.fake.sent.map((s) => s.text).join("\n");
    expect(text).toMatch(/Báo cáo Quý I/);
    expect(text).not.toMatch(/đính kèm/i);
    expect(text).toContain("npm run --silent bot -- export --period q1 --format xlsx");
    expect(text).toContain("Slack");
    expect(h.fake.count("sendPhoto")).toBe(0);
  }, 40_000);
});
