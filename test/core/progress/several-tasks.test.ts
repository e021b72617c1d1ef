import { describe, expect, it } from "vitest";
import { rosteredBot } from "../../helpers/bot.js";

// One message, several tasks, each with its own standing: each task gets what its own clause says.
describe("a report on several tasks in one message", () => {
  it("keeps each clause's status with its task", async () => {
    const { ask, store } = rosteredBot([["zalo:tp", "so-tu-phap"]], { at: "2023-03-20T09:00:00+07:00" });
    const r = await ask("nhiệm vụ 11 đã hoàn thành, QĐ số 123/QĐ-UBND ngày 10/3/2023; nhiệm vụ 12 đang làm 40%, vướng kinh phí", "zalo:tp");
    expect(r).toMatchObject({ intent: "progress_update", tasks: ["11", "12"] });
    expect(r.text).toContain("nhiệm vụ 11 (Các kế hoạch về văn bản quy phạm pháp luật và theo dõi thi hành pháp luật năm 2023): Hoàn thành (123/QĐ-UBND ngày 10/03/2023)");
    expect(r.text).toContain("Gặp vướng mắc, đã được 40% (vướng: kinh phí)");
    expect(store.read((s) => s.records.map((x) => [x.task, x.status, x.percent, x.reason, x.evidence?.number]))).toEqual([
      ["11", "done", undefined, undefined, "123/QĐ-UBND"],
      ["12", "blocked", 40, "kinh phí", undefined],
    ]);
  });

  it("still gives one status to tasks named together: «nhiệm vụ 11 và 12 đã xong»", async () => {
    const { ask, store } = rosteredBot([["zalo:tp", "so-tu-phap"]], { at: "2023-03-20T09:00:00+07:00" });
    await ask("nhiệm vụ 11 và 12 đã xong", "zalo:tp");
    expect(store.read((s) => s.records.map((x) => [x.task, x.status]))).toEqual([
      ["11", "done"],
      ["12", "done"],
    ]);
  });
});
