import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withExports } from "../../../src/adapters/export/attach-files.js";
import { FILES_FAILED_TEXT } from "../../../src/adapters/slack/turns.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { plan } from "../../helpers/bot.js";
import { realBot, shownText, startHarness, type Harness } from "./harness.js";
import { appMention, messageIm, slackTs } from "./payloads.js";

/** Report exports reach Slack as files in the conversation: files.uploadV2 against the fake Web API. */
describe("Slack file upload", () => {
  let h: Harness;
  const dataDir = mkdtempSync(join(tmpdir(), "slack-exports-"));

  beforeAll(async () => {
    h = await startHarness({ bot: (store) => withExports(realBot(store), { dataDir, plan, store, timezone: "Asia/Ho_Chi_Minh", logger: silentLogger }) });
  });
  afterAll(() => h.close());

  it("posts the summary, then uploads the XLSX and the chart to the same conversation", async () => {
    await h.send(messageIm({ user: "U500", text: "báo cáo quý 2" }));
    const [complete] = await h.api.waitFor("files.completeUploadExternal");
    expect(complete!.params.channel_id).toBe("D500");
    const methods = h.api.calls.map((c) => c.method);
    expect(methods.indexOf("chat.postMessage")).toBeLessThan(methods.indexOf("files.getUploadURLExternal"));
    expect(shownText(h.api.posted[0]!)).toContain("Báo cáo Quý II năm 2023");
    expect(h.api.uploads.map((u) => u.filename)).toEqual(["bao-cao-q2-2023.xlsx", "tien-do-q2-2023.png"]);
    for (const upload of h.api.uploads) {
      const file = readFileSync(join(dataDir, "exports", upload.filename));
      expect(upload).toMatchObject({ channel: "D500", length: file.length });
      expect(upload.body!.includes(file)).toBe(true);
    }
  });

  it("uploads into the thread of an @mention, and says so when Slack refuses the files", async () => {
    const ts = slackTs();
    h.api.failNext("files.completeUploadExternal", { error: "not_in_channel" });
    await h.send(appMention({ user: "U600", text: "<@UBOT0001> xuất báo cáo cả năm", channel: "C600", ts }));
    await h.api.waitFor("chat.postMessage", 3);
    const posts = h.api.posted.filter((p) => p.channel === "C600");
    expect(posts.map((p) => p.thread_ts)).toEqual([ts, ts]);
    expect(posts[0]!.text).toContain("Báo cáo năm 2023");
    expect(posts[1]!.text).toBe(FILES_FAILED_TEXT);
    expect(h.api.callsTo("files.completeUploadExternal").at(-1)!.params.thread_ts).toBe(ts);
  });
});
