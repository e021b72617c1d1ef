import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot, ReportForm } from "../../../src/core/bot-types.js";
import type { Message, ReplyItem } from "../../../src/core/message.js";
import { reply, shownText, startHarness, type Harness } from "./harness.js";
import { appHomeOpened, blockActions, messageIm, reportValues, slackTs, viewSubmission } from "./payloads.js";

// Transport tests for buttons, App Home and the report modal, with a small bot whose roster we control.
const ITEMS: ReplyItem[] = [
  { kind: "task", id: "9", title: "Quy định chế độ báo cáo định kỳ chỉ tiêu kinh tế - xã hội", lead: "Văn phòng UBND tỉnh", deadline: "Quý II (hạn 30/06/2023)", status: "in_progress" },
  { kind: "task", id: "13", title: "Rà soát văn bản quy phạm pháp luật", lead: "Sở Tư pháp", deadline: "Quý IV" },
];
const REPORTER = "U900";

function testBot() {
  const handled: Message[] = [];
  const reports: { user: string; channel: string; form: ReportForm }[] = [];
  let gate: Promise<void> | undefined;
  const bot: Bot = {
    async handle(m) {
      handled.push(m);
      if (m.text === "chậm") await gate;
      if (m.text === "lỗi") throw new Error("boom");
      if (m.text === "hỏi")
        return reply("Bạn muốn xem gì?", {
          choices: [
            { label: "Quý II", value: "quý 2" },
            { label: "Nhiệm vụ 9", value: "nhiệm vụ 9" },
          ],
        });
      return reply(`Bạn đã chọn: ${m.text}`);
    },
    overview: (user) => reply(`Tổng quan cho ${user}`, { items: ITEMS, tasks: ["9", "13"] }),
    reportable: (user) => (user === `slack:${REPORTER}` ? ITEMS : []),
    async submitReport(user, channel, form) {
      reports.push({ user, channel, form });
      return reply(`Đã ghi nhận báo cáo nhiệm vụ ${form.task}: ${form.status}`, { tasks: [form.task] });
    },
  };
  return { bot, handled, reports, setGate: (p: Promise<void>) => (gate = p) };
}

describe("Slack interactivity", () => {
  let h: Harness;
  const t = testBot();
  const responseUrl = () => `${h.api.origin}/response/x`;
  const postsTo = (channel: string) => h.api.callsTo("chat.postMessage").filter((c) => c.params.channel === channel);

  beforeAll(async () => {
    h = await startHarness({ bot: () => t.bot });
  });
  afterAll(() => h.close());

  it("renders choices as buttons, and a click goes through bot.handle into the same thread", async () => {
    await h.send(messageIm({ user: "U910", text: "hỏi" }));
    const [asked] = await h.api.waitFor("chat.postMessage");
    const buttons = (asked!.params.blocks as any[]).filter((b) => b.type === "actions").flatMap((b) => b.elements);
    expect(buttons.map((b: any) => [b.text.text, b.value])).toEqual([
      ["Quý II", "quý 2"],
      ["Nhiệm vụ 9", "nhiệm vụ 9"],
    ]);
    const res = await h.send(blockActions({ user: "U910", channel: "C910", actionId: buttons[0].action_id, value: buttons[0].value, threadTs: "1683680000.000100", responseUrl: responseUrl() }));
    expect(res.status).toBe(200);
    await expect.poll(() => postsTo("C910").length).toBe(1);
    expect(postsTo("C910")[0]!.params).toMatchObject({ thread_ts: "1683680000.000100", text: "Bạn đã chọn: quý 2" });
    expect(t.handled.at(-1)).toMatchObject({ text: "quý 2", user: "slack:U910", channel: "slack:C910", conversation: "1683680000.000100" });
  });

  it("publishes App Home with the user's overview and the report button", async () => {
    await h.send(appHomeOpened({ user: REPORTER }));
    const [publish] = await h.api.waitFor("views.publish");
    expect(publish!.params.user_id).toBe(REPORTER);
    expect(publish!.params.view.type).toBe("home");
    const text = shownText(publish!.params.view);
    expect(text).toContain(`Tổng quan cho slack:${REPORTER}`);
    expect(text).toContain("*9.* Quy định chế độ báo cáo");
    expect(text).toContain(":large_blue_circle: đang thực hiện");
    expect(text).toContain("Báo cáo tiến độ");
  });

  it("opens the report modal with only the reportable tasks, and remembers where it came from", async () => {
    const messageTs = slackTs();
    await h.send(blockActions({ user: REPORTER, channel: "C920", actionId: "cchc_report_open", value: "9", messageTs, responseUrl: responseUrl() }));
    await h.send(blockActions({ user: "U999", channel: "C920", actionId: "cchc_report_open", value: "9", responseUrl: responseUrl() }));
    const [opened, refused] = await h.api.waitFor("views.open", 2);
    const view = opened!.params.view;
    expect(opened!.params.trigger_id).toMatch(/^1337\./);
    expect(view.callback_id).toBe("cchc_report");
    const select = view.blocks.find((b: any) => b.block_id === "task").element;
    expect(select.options.map((o: any) => o.value)).toEqual(["9", "13"]);
    expect(select.initial_option.value).toBe("9");
    expect(view.blocks.find((b: any) => b.block_id === "status").element.options.map((o: any) => o.text.text)).toEqual(["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Gặp vướng mắc"]);
    expect(JSON.parse(view.private_metadata)).toEqual({ channel: "C920", thread_ts: messageTs });
    expect(refused!.params.view.submit).toBeUndefined();
    expect(shownText(refused!.params.view)).toContain("chưa có trong danh sách");
  });

  it("returns inline errors for an invalid form and never files it", async () => {
    const meta = JSON.stringify({ channel: "C930" });
    const bad = await h.send(viewSubmission({ user: REPORTER, privateMetadata: meta, values: reportValues({ task: "9", percent: "150" }) }));
    expect(bad.status).toBe(200);
    expect(JSON.parse(bad.text)).toEqual({ response_action: "errors", errors: { status: "Chọn tình trạng thực hiện.", percent: "Tỷ lệ phải là số nguyên từ 0 đến 100." } });
    const notMine = await h.send(viewSubmission({ user: REPORTER, privateMetadata: meta, values: reportValues({ task: "5", status: "done" }) }));
    expect(JSON.parse(notMine.text).errors).toEqual({ task: "Chọn một nhiệm vụ bạn được giao báo cáo." });
    expect(t.reports).toHaveLength(0);
  });

  it("files a valid report once and confirms it in the thread the modal was opened from", async () => {
    const body = viewSubmission({
      user: REPORTER,
      viewId: "VREPORT01",
      privateMetadata: JSON.stringify({ channel: "C940", thread_ts: "1683680000.000200" }),
      values: reportValues({ task: "9", status: "done", percent: "100", note: "Đã ban hành", evidence: "QĐ số 123/QĐ-UBND ngày 10/3/2023" }),
    });
    const res = await h.send(body);
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
    await h.send(body);
    await expect.poll(() => postsTo("C940").length).toBe(1);
    expect(postsTo("C940")[0]!.params).toMatchObject({ thread_ts: "1683680000.000200", text: "Đã ghi nhận báo cáo nhiệm vụ 9: done" });
    expect(t.reports).toEqual([
      { user: `slack:${REPORTER}`, channel: "slack:C940", form: { task: "9", status: "done", percent: 100, note: "Đã ban hành", evidence: "QĐ số 123/QĐ-UBND ngày 10/3/2023" } },
    ]);
  });

  it("confirms a report sent from App Home in the user's DM", async () => {
    await h.send(viewSubmission({ user: REPORTER, privateMetadata: "{}", values: reportValues({ task: "13", status: "in_progress", percent: "40" }) }));
    await expect.poll(() => postsTo("D900").length).toBe(1);
    expect(h.api.callsTo("conversations.open").at(-1)!.params.users).toBe(REPORTER);
    expect(t.reports.at(-1)).toMatchObject({ channel: "slack:D900", form: { task: "13", status: "in_progress", percent: 40 } });
  });

  it("tells the user about a failure with an ephemeral message", async () => {
    await h.send(messageIm({ user: "U950", text: "lỗi" }));
    const [notice] = await h.api.waitFor("chat.postEphemeral");
    expect(notice!.params).toMatchObject({ channel: "D950", user: "U950" });
    expect(notice!.params.text).toContain("Xin lỗi");
    expect(postsTo("D950")).toHaveLength(0);
  });

  it("acks before slow work finishes", async () => {
    let release!: () => void;
    t.setGate(new Promise<void>((r) => (release = r)));
    const res = await h.send(messageIm({ user: "U960", text: "chậm" }));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    expect(postsTo("D960")).toHaveLength(0);
    release();
    await expect.poll(() => postsTo("D960").length).toBe(1);
  });
});
