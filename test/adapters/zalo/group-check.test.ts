import { afterEach, describe, expect, it } from "vitest";
import { zaloGroupCheck } from "../../../src/adapters/zalo/group-check.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { startFakeZaloApi, type FakeZaloApi } from "../../fakes/zalo-api.js";
import { testBot } from "../../helpers/bot.js";
import { eventually, harnessPool, TOKEN, textUpdate } from "./support.js";

const ADMIN = "ad00ad00ad00ad00ad00";
const start = harnessPool();
let fake: FakeZaloApi | undefined;
afterEach(async () => void (await fake?.close()));

describe("registering a Zalo group for reminders", () => {
  it("reads getMe's can_join_groups and warns, suggesting person-by-person reminders, only when the bot cannot join groups", async () => {
    fake = await startFakeZaloApi({ token: TOKEN, canJoinGroups: false });
    const warning = await zaloGroupCheck({ token: TOKEN, apiUrl: fake.url, logger: silentLogger, address: "zalo:g123" });
    expect(warning).toMatch(/can_join_groups = false.*zalo:g123.*nhắc từng người/s);
    expect(fake.count("getMe")).toBe(1);
    await fake.close();
    fake = await startFakeZaloApi({ token: TOKEN, canJoinGroups: true });
    expect(await zaloGroupCheck({ token: TOKEN, apiUrl: fake.url, logger: silentLogger, address: "zalo:g123" })).toBeUndefined();
    expect(await zaloGroupCheck({ token: TOKEN, apiUrl: fake.url, logger: silentLogger, address: "slack:C1" })).toBeUndefined();
  });

  it("warns in the group itself when an admin turns reminders on there", async () => {
    const { bot, store } = testBot({ config: { admins: [`zalo:${ADMIN}`] } });
    const h = await start({ mode: "polling", bot, store, fake: { botName: "CCHC Bot" } });
    h.fake.queueUpdate(textUpdate("@CCHC Bot bật nhắc việc hàng tuần ở kênh này", { from: ADMIN, chat: "g777", chatType: "GROUP" }));
    await eventually(() => h.fake.sent.length >= 1);
    const text = h.fake.sent.map((s) => s.text).join("\n");
    expect(text).toMatch(/Đã bật nhắc việc/);
    expect(text).toMatch(/không tham gia được nhóm/);
    expect(store.read((s) => s.channels.map((c) => c.channel))).toEqual(["zalo:g777"]);
  });
});
