import { describe, expect, it } from "vitest";
import { rosteredBot } from "../../helpers/bot.js";

// Status questions as officials type them after a few reports, none of them an example line word for word:
// each answers exactly the tasks in that standing (or that task's own report), and nothing is stored.
async function reported() {
  const b = rosteredBot(
    [
      ["zalo:tp", "so-tu-phap"],
      ["zalo:nv", "so-noi-vu"],
    ],
    { at: "2023-04-10T09:00:00+07:00" },
  );
  await b.ask("nhiệm vụ 11 đã hoàn thành, QĐ số 123/QĐ-UBND ngày 10/3/2023", "zalo:tp");
  await b.ask("nhiệm vụ 12 đang làm, được 60%, vướng kinh phí", "zalo:tp");
  await b.ask("nhiệm vụ 3 đã hoàn thành, Kế hoạch số 45/KH-UBND ngày 20/4/2023", "zalo:nv");
  b.clock.set("2023-04-11T08:00:00+07:00");
  return b;
}

const Q1_OPEN = ["1", "1.1", "1.2", "2", "4", "12", "13", "19", "20", "23", "24", "25"];

describe("status questions in everyday words", () => {
  it("answers a period's unfinished tasks, not the period's whole due list", async () => {
    const { ask } = await reported();
    const open = await ask("quý 1 còn bao nhiêu nhiệm vụ chưa hoàn thành?", "zalo:nv");
    expect(open.tasks).toEqual(Q1_OPEN);
    expect(open.text).toMatch(/^10 nhiệm vụ chưa hoàn thành, kèm việc con 1.1, 1.2 \(trong 12 nhiệm vụ, đến hạn trong Quý I\/2023/);
    const en = await ask("what is still not done in Q1 for the Department of Justice?", "zalo:nv");
    expect(en.tasks).toEqual(["12"]);
    expect(en.text).toContain("not finished");
    // The period's summary names the period and counts as the plan does.
    const q1 = await ask("tổng hợp tiến độ quý 1", "zalo:nv");
    expect(q1.text).toMatch(/^Tiến độ 12 nhiệm vụ đến hạn trong Quý I\/2023, kèm việc con 1.1, 1.2 \(14 dòng; tính đến 11\/04\/2023\):/);
    expect(q1.text).toContain("hoàn thành đúng hạn: 1 · hoàn thành trễ hạn: 1");
  });

  it("lists unreported tasks and reads «ds» as a list, storing nothing", async () => {
    const { ask, store } = await reported();
    const none = await ask("nhiệm vụ nào chưa ai cập nhật?", "zalo:nv");
    expect(none.text).toMatch(/^\d+ nhiệm vụ chưa có báo cáo/);
    expect(none.tasks).not.toContain("11");
    expect(none.tasks).toContain("27");
    const done = await ask("ds nhiem vu da hoan thanh", "zalo:nv");
    expect(done.tasks).toEqual(["3", "11"]);
    expect(store.read((s) => s.records)).toHaveLength(3);
  });
});
