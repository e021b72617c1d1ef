import { describe, expect, it } from "vitest";
import { digestSections } from "../../../src/core/reminders/digest-sections.js";
import { plan, rosteredBot } from "../../helpers/bot.js";
import { passes, readQuestions } from "../../helpers/score.js";

const ALL = ["1", "1.1", "1.2", "2", "3", "4", "5", "6", "7", "8", "9", "10", "10.1", "10.2", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27"];
const DONE = ["1", "2", "12"];
const OVERDUE = ["1.1", "1.2", "3", "4", "11", "13", "19", "20", "23", "24", "25"];

/** Reports from three agencies between March and April, then questions on 15/05/2023. */
async function reported() {
  const bot = rosteredBot([
    ["console:snv", "so-noi-vu", "office"],
    ["console:tp", "so-tu-phap"],
    ["console:vp", "vp-ubnd-tinh"],
  ]);
  const { ask, clock } = bot;
  clock.set("2023-03-20T09:00:00+07:00");
  await ask("nhiệm vụ 1 đã hoàn thành, QĐ số 12/QĐ-UBND ngày 20/3/2023", "console:snv");
  clock.set("2023-04-10T09:00:00+07:00");
  await ask("nhiệm vụ 2 đã hoàn thành", "console:snv");
  await ask("chưa có văn bản", "console:snv");
  await ask("nhiệm vụ 12 đã hoàn thành, QĐ số 45/QĐ-UBND ngày 15/3/2023", "console:tp");
  await ask("nhiệm vụ 11 đang làm, được 30%, vướng thiếu ý kiến các sở", "console:tp");
  clock.set("2023-04-20T09:00:00+07:00");
  await ask("nhiệm vụ 5 đang thực hiện 40%", "console:snv");
  await ask("nhiệm vụ 9 đang thực hiện", "console:vp");
  clock.set("2023-05-15T09:00:00+07:00");
  return bot;
}

describe("status lists", () => {
  it("answers with exactly the tasks in the standing asked for, of one agency and period when named", async () => {
    const { ask } = await reported();
    const cases: [string, string[]][] = [
      ["Những nhiệm vụ nào đã hoàn thành?", DONE],
      ["các nhiệm vụ đã hoàn thành?", DONE],
      ["nhiệm vụ nào hoàn thành trễ hạn?", ["2"]],
      ["những nhiệm vụ nào đã hoàn thành đúng hạn?", ["1", "12"]],
      ["nhiệm vụ nào đang làm?", ["5", "9"]],
      ["nhiệm vụ nào đang vướng?", ["11"]],
      ["nhiệm vụ nào quá hạn?", OVERDUE],
      ["nhiệm vụ nào chưa báo cáo?", ALL.filter((t) => !["1", "2", "5", "9", "11", "12"].includes(t))],
      ["Sở Tư pháp còn việc nào chưa xong trong quý 1?", ["11"]],
      ["so noi vu da hoan thanh nhung nhiem vu nao", ["1", "2"]],
      ["Which tasks are blocked?", ["11"]],
    ];
    for (const [q, tasks] of cases) expect((await ask(q)).tasks, q).toEqual(tasks);
    const none = await ask("quý 2 những nhiệm vụ nào đã xong?");
    expect(none.tasks).toEqual([]);
    // Counted as the plan and the due list count (sub-rows are part of their task): one fact, one answer.
    expect(none.text).toBe("Không có nhiệm vụ nào đã hoàn thành (trong 8 nhiệm vụ, đến hạn trong Quý II/2023, kèm việc con 10.1, 10.2; tính đến 15/05/2023).");
    expect((await ask("quý 2 có những nhiệm vụ nào?")).text).toMatch(/^Quý II\/2023 có 8 nhiệm vụ đến hạn \(kèm việc con 10.1, 10.2\)/);
    const tp = await ask("Sở Tư pháp còn việc nào chưa xong trong quý 1?");
    expect(tp.text).toMatch(/^1 nhiệm vụ chưa hoàn thành \(trong 2 nhiệm vụ do Sở Tư pháp chủ trì, đến hạn trong Quý I\/2023; tính đến 15\/05\/2023\):/);
    expect(tp.text).toContain("Gặp vướng mắc, đã được 30% (vướng: thiếu ý kiến các sở)");
    expect((await ask("Which tasks are blocked?")).text).toMatch(/^1 task\(s\) blocked .*as of 15\/05\/2023/);
  });

  it("leaves deadline questions to the due list: a bare 'hoàn thành' asks what is due", async () => {
    const { ask } = await reported();
    const due = await ask("6 tháng đầu năm cần hoàn thành những gì");
    expect(due.intent).toBe("due");
    expect(due.tasks).toHaveLength(24);
    expect((await ask("Tháng 8 phải xong nhiệm vụ nào?")).intent).toBe("due");
  });

  it("counts as of the plan clock, the digest's 'today', and says so when the plan's year is not this year", async () => {
    const { ask, store, clock } = await reported();
    clock.set("2026-12-03T09:00:00+07:00");
    const late = await ask("nhiệm vụ nào quá hạn?");
    const digest = digestSections(
      plan,
      store.read((s) => s),
      { now: clock.now(), timezone: "Asia/Ho_Chi_Minh" },
    );
    expect(late.tasks).toEqual(digest.overdue.map((o) => o.task.id));
    const subs = late.tasks.filter((id) => id.includes(".") && late.tasks.includes(id.split(".")[0]!));
    expect(subs.length).toBeGreaterThan(0);
    expect(late.text).toContain(
      `${late.tasks.length - subs.length} nhiệm vụ quá hạn, kèm việc con ${subs.join(", ")} (trong 27 nhiệm vụ, kèm việc con 1.1, 1.2, 10.1, 10.2; tính đến 03/12/2023; Kế hoạch năm 2023: hôm nay 03/12/2026 được tính như 03/12/2023)`,
    );
    expect(late.text).not.toContain("tính đến 03/12/2026");
    const summary = await ask("tổng hợp tiến độ");
    expect(summary.text).toContain("tính đến 03/12/2023");
    expect(summary.text).toMatch(/^Tiến độ 27 nhiệm vụ, kèm việc con 1.1, 1.2, 10.1, 10.2 \(31 dòng; tính đến 03\/12\/2023/);
  });

  // Each set was written before the code was tuned on it and scored once: set 1 16/20, set 2 (written after
  // fixing set 1) 15/20, set 3 (after fixing set 2) 15/20. Their failures were then fixed as general rules.
  it.each([
    ["heldout-1", 20],
    ["heldout-2", 19],
    ["heldout-3", 20],
  ] as const)("held-out phrasings %s: at least %d of 20", async (name, least) => {
    const { ask } = await reported();
    const questions = readQuestions(`test/fixtures/status/${name}.jsonl`);
    let ok = 0;
    for (const q of questions) if (passes(q, await ask(q.text, "console:guest"))) ok++;
    expect(ok).toBeGreaterThanOrEqual(least);
  });
});
