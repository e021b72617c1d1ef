import { describe, expect, it } from "vitest";
import { rosteredBot } from "../../helpers/bot.js";

const setup = () =>
  rosteredBot(
    [
      ["zalo:vp", "vp-ubnd-tinh"],
      ["zalo:snv", "so-noi-vu"],
      ["zalo:tp", "so-tu-phap"],
    ],
    { at: "2023-05-15T09:00:00+07:00" },
  );

describe("targets get values", () => {
  it("records the monitoring unit's value for the named part and judges it against the goal", async () => {
    const { ask, store } = setup();
    const r = await ask("chỉ tiêu 3.4 cấp xã đạt 35%", "zalo:vp");
    expect(r).toMatchObject({ intent: "progress_update", targets: ["3.4"] });
    expect(r.text).toContain("Bộ phận Một cửa cấp xã: 35% (chỉ tiêu 40%: chưa đạt)");
    expect(store.read((s) => s.records)).toMatchObject([{ kind: "report", target: "3.4", value: "35%", part: "Bộ phận Một cửa cấp xã" }]);
    const answer = await ask("chỉ tiêu 3.4 bao nhiêu?", "zalo:tp");
    expect(answer.text).toMatch(/Số liệu mới nhất: 35% \(Bộ phận Một cửa cấp xã\) · vp \(Văn phòng UBND tỉnh\), 09:00 15\/05\/2023 — chưa đạt/);
  });

  it("judges goals in words by the reporter's words, and shows 'chưa có số liệu' before any report", async () => {
    const { ask } = setup();
    expect((await ask("chỉ tiêu 1.1", "zalo:snv")).text).toContain("chưa có số liệu");
    const r = await ask("chỉ tiêu 1.1 đạt Nhóm Tốt", "zalo:snv");
    expect(r.text).toContain("Nhóm Tốt");
    expect(r.text).toContain(": đạt)");
  });

  it("refuses agencies that do not monitor the target, and undo reverts a value", async () => {
    const { ask, store } = setup();
    expect((await ask("chỉ tiêu 7.5 thanh toán trực tuyến đạt 28%", "zalo:tp")).intent).toBe("denied");
    expect(store.read((s) => s.records)).toHaveLength(0);
    await ask("chỉ tiêu 7.5 thanh toán trực tuyến đạt 28%", "zalo:vp");
    await ask("hoàn tác", "zalo:vp");
    expect((await ask("chỉ tiêu 7.5", "zalo:vp")).text).not.toContain("28%");
  });

  it("asks which part when a several-figure target's part is not named", async () => {
    const { ask } = setup();
    const q = await ask("chỉ tiêu 3.4 đạt 90%", "zalo:vp");
    expect(q.intent).toBe("clarify");
    expect(q.choices?.map((c) => c.value)).toContain("chỉ tiêu 3.4 Bộ phận Một cửa cấp xã đạt 90%");
  });
});
