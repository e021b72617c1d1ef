import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/adapters/memory/memory-store.js";
import { loadPlanFile, loadSuccessions } from "../../../src/adapters/plan-file.js";
import { createBot } from "../../../src/core/bot.js";
import type { Plan } from "../../../src/core/plan/plan.js";
import { successionsFileSchema, withSuccessions } from "../../../src/core/plan/successions.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { fixedClock, language } from "../../helpers/bot.js";

const PLAN_2026 = new URL("../../fixtures/plans/plan-2026-gia-lai.json", import.meta.url).pathname;
const successions = loadSuccessions();

function botOn(plan: Plan, at: string) {
  const clock = fixedClock(at);
  const bot = createBot({
    plan: withSuccessions(plan, successions),
    language,
    store: createMemoryStore(),
    clock,
    logger: silentLogger,
    config: { timezone: "Asia/Ho_Chi_Minh", reviewRequired: false, admins: [] },
  });
  return (text: string) => bot.handle({ channel: "console:test", user: "console:t", text, at: clock.now() });
}

describe("agency successions data", () => {
  it("is checked by zod and names the legal basis of every change", () => {
    expect(successions.length).toBeGreaterThanOrEqual(8);
    for (const s of successions) expect(s.basis).toMatch(/\d+\/2025\//);
    expect(successionsFileSchema.safeParse({ successions: [{ id: "x", kind: "merged", summary: "", effective: "1/3/2025", basis: "", from: [], to: [] }] }).success).toBe(false);
  });
});

describe("old names on a 2026 plan", () => {
  const ask = botOn(loadPlanFile(PLAN_2026), "2026-04-01T09:00:00+07:00");

  it("Sở KH&ĐT finds Sở Tài chính's tasks, saying who took over and why", async () => {
    const r = await ask("Sở KH&ĐT có nhiệm vụ gì");
    expect(r).toMatchObject({ intent: "agency", tasks: ["2"] });
    expect(r.text.split("\n")[0]).toMatch(/Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính từ 01\/03\/2025 \(theo Nghị định 45\/2025\/NĐ-CP/);
    expect(r.text).toContain("Sở Tài chính chủ trì 1 nhiệm vụ");
  });

  it("Sở TT&TT finds Sở Khoa học và Công nghệ; UBND cấp huyện finds the communes", async () => {
    const tt = await ask("Sở TT&TT có nhiệm vụ gì?");
    expect(tt.tasks.sort()).toEqual(["3", "4"]);
    expect(tt.text).toContain("Sở Khoa học và Công nghệ chủ trì 1 nhiệm vụ");
    const huyen = await ask("UBND cấp huyện có nhiệm vụ gì");
    expect(huyen.tasks).toContain("6");
    expect(huyen.text).toContain("Luật Tổ chức chính quyền địa phương số 72/2025/QH15");
    expect(huyen.text).toContain("UBND các xã, phường chủ trì 1 nhiệm vụ");
  });

  it("a department split in three answers with each successor's tasks", async () => {
    const r = await ask("Sở LĐ-TB&XH có nhiệm vụ gì");
    expect(r.tasks).toEqual(expect.arrayContaining(["1", "7", "8"]));
    for (const name of ["Sở Nội vụ chủ trì", "Sở Y tế chủ trì", "Sở Giáo dục và Đào tạo chủ trì"]) expect(r.text).toContain(name);
  });

  it("a period question with an old name gets the same line above its list", async () => {
    const r = await ask("Sở KH&ĐT chủ trì những nhiệm vụ nào trong quý 2?");
    expect(r).toMatchObject({ intent: "due", tasks: ["2"] });
    expect(r.text.split("\n")[0]).toContain("Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính");
  });

  it("a new name on the new plan is answered plainly", async () => {
    const r = await ask("Sở Tài chính có nhiệm vụ gì");
    expect(r.tasks).toEqual(["2"]);
    expect(r.text).not.toContain("Nghị định 45");
  });
});

describe("new names on the 2023 plan", () => {
  const seed = loadPlanFile();
  const later = botOn(seed, "2026-04-01T09:00:00+07:00");

  it("Sở Khoa học và Công nghệ finds Sở Thông tin và Truyền thông's tasks, saying so", async () => {
    const r = await later("Sở Khoa học và Công nghệ có nhiệm vụ gì?");
    expect(r.intent).toBe("agency");
    expect(r.tasks).toEqual(expect.arrayContaining(["4", "23", "25"]));
    expect(r.text.split("\n")[0]).toContain("Kế hoạch CCHC 2023 chưa có Sở Khoa học và Công nghệ: Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ");
    expect(r.text).toContain("Sở Thông tin và Truyền thông chủ trì 3 nhiệm vụ");
  });

  it("Sở Nông nghiệp và Môi trường finds Sở Tài nguyên và Môi trường's task", async () => {
    const r = await later("Sở NN&MT có nhiệm vụ gì");
    expect(r.tasks).toEqual(["24"]);
    expect(r.text).toContain("Sở Tài nguyên và Môi trường chủ trì 1 nhiệm vụ");
  });

  it("a name both eras know keeps its own tasks, with a note only after the change", async () => {
    const now = await later("Sở Tài chính có nhiệm vụ gì");
    expect(now.tasks).toEqual(["21", "22"]);
    expect(now.text).toContain("Lưu ý: Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính");
    const then = await botOn(seed, "2023-05-15T08:00:00+07:00")("Sở Tài chính có nhiệm vụ gì");
    expect(then.tasks).toEqual(["21", "22"]);
    expect(then.text).not.toContain("Nghị định 45");
  });

  it("an agency neither plan side knows stays unknown", async () => {
    expect((await later("Sở Xây dựng có nhiệm vụ gì")).intent).toBe("not_found");
  });
});
