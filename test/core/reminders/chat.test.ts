import { describe, expect, it } from "vitest";
import { fixedClock, testBot } from "../../helpers/bot.js";

const admin = "slack:UADMIN";
const room = { channel: "slack:C1" };

describe("reminders in chat", () => {
  it("lets an admin turn a channel's weekly digest on (bound only when an agency is named) and off", async () => {
    const { ask, store } = testBot({ clock: fixedClock("2023-05-16T10:00:00+07:00"), config: { admins: [admin] } });
    const denied = await ask("bật nhắc việc hàng tuần ở kênh này", "slack:U9", room);
    expect(denied.intent).toBe("denied");
    expect(store.read((s) => s.channels)).toEqual([]);

    const on = await ask("bật nhắc việc hàng tuần ở kênh này", admin, room);
    expect(on).toMatchObject({ intent: "channel" });
    expect(on.text).toContain("Đã bật nhắc việc hàng tuần: slack:C1: toàn bộ Kế hoạch, lịch «0 8 * * 1».");
    expect(on.text).toContain("Bản đầu tiên dự kiến lúc 08:00 22/05/2023.");
    expect(store.read((s) => s.channels)).toEqual([{ channel: "slack:C1", cron: "0 8 * * 1", addedAt: "2023-05-16T03:00:00.000Z", addedBy: admin }]);

    const bound = await ask("bật nhắc việc cho Sở Tư pháp ở kênh này", admin, room);
    expect(bound.text).toContain("Đã cập nhật nhắc việc: slack:C1: nhiệm vụ của Sở Tư pháp");
    expect(store.read((s) => s.channels.map((c) => [c.channel, c.agency]))).toEqual([["slack:C1", "so-tu-phap"]]);

    const off = await ask("tắt nhắc việc", admin, room);
    expect(off).toMatchObject({ intent: "channel", text: "Đã tắt nhắc việc hàng tuần ở slack:C1." });
    expect(store.read((s) => s.channels)).toEqual([]);
  });

  it("previews this channel's next digest for anyone, or the whole plan's where reminders are off", async () => {
    const { ask } = testBot({ clock: fixedClock("2023-05-16T10:00:00+07:00"), config: { admins: [admin] } });
    await ask("bật nhắc việc cho Sở Tư pháp ở kênh này", admin, room);
    const preview = await ask("tuần này bot sẽ nhắc gì?", "slack:U9", room);
    expect(preview.intent).toBe("remind_preview");
    expect(preview.text).toMatch(/^🔎 Xem trước bản nhắc việc sẽ gửi tới slack:C1 lúc 08:00 22\/05\/2023:\n📋 Nhắc việc CCHC — thứ Hai 22\/05\/2023 · Sở Tư pháp/);
    expect(preview.tasks).toEqual(["11", "12"]);
    expect(preview).not.toHaveProperty("items");

    const elsewhere = await ask("tuan nay bot se nhac gi", "console:bob");
    expect(elsewhere.text).toMatch(/^🔎 console:test chưa bật nhắc việc\./);
    expect(elsewhere.text).toContain("· Toàn bộ Kế hoạch");
    expect(elsewhere.tasks.length).toBeGreaterThan(20);
  });
});
