import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan, PlanError } from "../../src/core/plan/load.js";
import { plan } from "../helpers/bot.js";

// Phụ lục 2 as read off the document: lead agencies as written and the time cell, row by row.
const TASKS: [string, string, string[]][] = [
  ["1", "Sở Nội vụ", ["Q1"]],
  ["1.1", "Sở Nội vụ; Sở Kế hoạch và Đầu tư", ["Q1"]],
  ["1.2", "Sở Nội vụ", ["Q1"]],
  ["2", "Sở Nội vụ", ["Q1"]],
  ["3", "Sở Nội vụ", ["Q1"]],
  ["4", "Sở Thông tin và Truyền thông", ["Q1"]],
  ["5", "Sở Nội vụ", ["Q2"]],
  ["6", "Sở Nội vụ", ["Q3"]],
  ["7", "Sở Nội vụ", ["Q2"]],
  ["8", "Sở Kế hoạch và Đầu tư", ["Q3"]],
  ["9", "Văn phòng UBND tỉnh", ["Q2"]],
  ["10", "Sở Nội vụ", ["Q2", "Q4"]],
  ["10.1", "Sở Nội vụ", ["Q2"]],
  ["10.2", "Ban Chỉ đạo Cải cách hành chính của tỉnh", ["Q2"]],
  ["11", "Sở Tư pháp", ["Q1"]],
  ["12", "Sở Tư pháp", ["Q1"]],
  ["13", "Văn phòng UBND tỉnh", ["Q1", "year"]],
  ["14", "Các sở, ban, ngành", []],
  ["15", "Văn phòng UBND tỉnh", ["Q3", "Q4"]],
  ["16", "Các sở, ngành thuộc UBND tỉnh", ["year"]],
  ["17", "Sở Nội vụ", ["year"]],
  ["18", "Sở Nội vụ", ["Q2"]],
  ["19", "Sở Nội vụ", ["Q1"]],
  ["20", "Sở Nội vụ", ["Q1"]],
  ["21", "Sở Tài chính", ["Q2"]],
  ["22", "Các sở, ngành; các cơ quan, đơn vị có liên quan", ["Q3"]],
  ["23", "Sở Thông tin và Truyền thông", ["Q1"]],
  ["24", "Sở Tài nguyên và Môi trường", ["Q1"]],
  ["25", "Sở Thông tin và Truyền thông", ["Q1"]],
  ["26", "Văn phòng UBND tỉnh", ["Q2"]],
  ["27", "Văn phòng UBND tỉnh", ["Q2"]],
];

const TARGETS: [string, string, string][] = [
  ["1.1", "Sở Nội vụ", "Nhóm Tốt"],
  ["1.2", "Sở Nội vụ", "Cải thiện vị trí so với năm 2022"],
  ["1.3", "Sở Nội vụ", "Cải thiện vị trí so với năm 2022"],
  ["1.4", "Sở Kế hoạch và Đầu tư", "Nhóm Tốt"],
  ["1.5", "Sở Thông tin và Truyền thông", "Cải thiện vị trí so với năm 2022"],
  ["2", "Sở Tư pháp", "100%"],
  ["3.1", "Văn phòng UBND tỉnh", "100%"],
  ["3.2", "Văn phòng UBND tỉnh", "10%"],
  ["3.3", "Văn phòng UBND tỉnh", "100%"],
  ["3.4", "Văn phòng UBND tỉnh", "40%"],
  ["4", "Sở Nội vụ", "100%"],
  ["5.1", "Sở Nội vụ", "100%"],
  ["5.2", "Sở Nội vụ", "90%"],
  ["6.1", "Sở Tài chính", "Có đơn vị sự nghiệp tăng mức độ tự chủ"],
  ["6.2", "Sở Tài chính", "80%"],
  ["7.1", "Văn phòng UBND tỉnh", "80%"],
  ["7.2", "Sở Thông tin và Truyền thông", "30%"],
  ["7.3", "Sở Thông tin và Truyền thông", "10%"],
  ["7.4", "Sở Thông tin và Truyền thông", "70%"],
  ["7.5", "Văn phòng UBND tỉnh", "35%"],
];

const QUARTER_END: Record<string, string> = { Q1: "2023-03-31", Q2: "2023-06-30", Q3: "2023-09-30", Q4: "2023-12-31", year: "2023-12-31" };

describe("the 2023 plan as data", () => {
  it("has the 31 task rows and 20 target rows of the document, in order", () => {
    expect(plan.tasks.map((t) => t.id)).toEqual(TASKS.map(([id]) => id));
    expect(plan.targets.map((t) => t.id)).toEqual(TARGETS.map(([id]) => id));
  });

  it.each(TASKS)("task %s: lead %s, periods %j resolved to quarter ends", (id, lead, periods) => {
    const task = plan.task(id)!;
    expect(task.leadAsWritten ?? task.lead.map((a) => plan.agencyName(a)).join("; ")).toBe(lead);
    expect(task.milestones.filter((m) => m.period).map((m) => m.period)).toEqual(periods);
    for (const m of task.milestones) if (m.period) expect(m.due).toBe(QUARTER_END[m.period]);
  });

  it("keeps task 14's reference to Quyết định 3979 without inventing a date", () => {
    const [m] = plan.task("14")!.milestones;
    expect(m!.due).toBeNull();
    expect(m!.asWritten).toContain("3979/QĐ-UBND");
  });

  it("lets sub-rows 1.1 and 1.2 inherit Quý I from the merged cell of task 1", () => {
    expect(plan.task("1.1")!.milestones[0]).toMatchObject({ period: "Q1", inherited: true });
  });

  it.each(TARGETS)("target %s: monitored by %s, goal contains %s", (id, monitor, value) => {
    const target = plan.target(id)!;
    expect(target.monitoring.map((a) => plan.agencyName(a))[0]).toBe(monitor);
    expect(target.values.map((v) => v.value ?? "").join(" ")).toContain(value);
  });

  it("keeps both figures of target 7.4 with their sources", () => {
    const t = plan.target("7.4")!;
    expect(t.values.map((v) => v.value)).toEqual(["70%", "60%", "40%"]);
    expect(t.bodyValues!.map((v) => v.value)).toEqual(["80%", "70%", "50%"]);
    expect(t.conflict).toContain("II.2.e");
  });

  it("stops on a bad file, naming the row and the field", () => {
    const data = JSON.parse(readFileSync("seeds/plan-2023-binh-dinh.json", "utf8"));
    data.tasks[12].lead = ["so-khong-co"];
    data.tasks[3].milestones[0].due = "31/03/2023";
    let error: unknown;
    try {
      parsePlan(data, "bad.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanError);
    expect((error as Error).message).toMatch(/tasks\.12\.lead\.0 \(task 10\.1\): unknown agency "so-khong-co"/);
    expect((error as Error).message).toMatch(/tasks\.3\.milestones\.0\.due \(task 2\)/);
  });
});
