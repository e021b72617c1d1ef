import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan, PlanError } from "../../src/core/plan/load.js";
import { plan } from "../helpers/bot.js";

const letters = (prefix: string, last: string) =>
  "abcdđe"
    .slice(0, "abcdđe".indexOf(last) + 1)
    .split("")
    .map((l) => `${prefix}.${l}`);

// Every place of the body the plan has, in document order.
const EXPECTED = [
  ...["1", "2", "3", "4", "5"].map((n) => `CC.${n}`),
  ...letters("I.1", "b"),
  ...letters("I.2", "b"),
  "II.1",
  ...letters("II.2", "e"),
  ...letters("III.1", "đ"),
  ...letters("III.2", "c"),
  ...letters("III.3", "đ"),
  ...letters("III.4", "d"),
  ...letters("III.5", "d"),
  ...letters("III.6", "c"),
  ...letters("III.7", "e"),
  "IV.1",
  "IV.2",
  ...letters("V.1", "d"),
  ...letters("V.2", "c"),
  ...letters("V.3", "b"),
  ...letters("V.4", "b"),
  "V.5",
  ...letters("V.6", "b"),
  ...letters("V.7", "b"),
  "V.8",
  "V.end",
];

// Who each point of Mục V is addressed to, as its heading names them.
const RESPONSIBLE: Record<string, string[]> = {
  "V.1": ["co-quan-trung-uong", "cac-so-ban-nganh", "ubnd-huyen"],
  "V.2": ["so-noi-vu"],
  "V.3": ["vp-ubnd-tinh"],
  "V.4": ["so-tai-chinh"],
  "V.5": ["so-tu-phap"],
  "V.6": ["so-tttt"],
  "V.7": ["so-khdt"],
  "V.8": ["bao-binh-dinh", "dai-pt-th", "cong-ttdt"],
};

describe("the plan's body as passages", () => {
  it("covers the legal bases and every point of Mục I–V, in document order", () => {
    expect(plan.passages.map((p) => p.id)).toEqual(EXPECTED);
  });

  it("links only to agencies, tasks and targets the plan has", () => {
    for (const p of plan.passages) {
      for (const id of [...p.agencies, ...(p.responsible ?? [])]) expect(plan.agency(id), `${p.id} agency ${id}`).toBeDefined();
      for (const id of p.tasks) expect(plan.task(id), `${p.id} task ${id}`).toBeDefined();
      for (const id of p.targets) expect(plan.target(id), `${p.id} target ${id}`).toBeDefined();
    }
  });

  it.each(Object.entries(RESPONSIBLE))("gives the points of %s to %j, citing them by reference", (section, ids) => {
    const points = plan.passages.filter((p) => p.id === section || p.id.startsWith(`${section}.`));
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) {
      expect(p.responsible).toEqual(ids);
      expect(p.ref).toBe(`Mục ${p.id}, ${plan.data.shortTitle}`);
    }
  });

  it("links Mục II.2 to the Phụ lục 1 targets it states and Mục III to the task groups", () => {
    expect(plan.passage("II.2.e")!.targets).toEqual(["4", "7.1", "7.2", "7.3", "7.4"]);
    expect(plan.passage("III.2.a")!.tasks).toEqual(["11"]);
    expect(plan.sections.filter((s) => s.group).map((s) => [s.id, s.group])).toEqual(plan.data.taskGroups.map((g, i) => [`III.${i + 1}`, g.id]));
  });

  it("holds each target's own sentence from Mục II.2, including where it differs from Phụ lục 1", () => {
    for (const target of plan.targets) {
      for (const b of target.body ?? []) {
        const passage = plan.passage(b.source.replace(/^Mục /, ""))!;
        expect(passage.text, `target ${target.id}`).toContain(b.text.replace(/[.;]$/, ""));
      }
    }
    expect(plan.passage("II.2.e")!.text).toContain("Đạt 80% hồ sơ công việc tại cơ quan cấp tỉnh, 70% đối với cơ quan chuyên môn cấp huyện và 50% đối với Ủy ban nhân dân cấp xã");
  });

  it("joins the PDF's line breaks and keeps the wording", () => {
    for (const p of plan.passages) expect(p.text, p.id).not.toMatch(/\s{2}|\n|^[a-zđ]\) /);
    expect(plan.passage("V.4.a")!.text).toMatch(/^Giúp Ủy ban nhân dân tỉnh trong việc đảm bảo kinh phí để triển khai chương trình/);
    expect(plan.passage("V.end")!.text).toMatch(/\(qua Sở Nội vụ\) để xem xét, giải quyết theo quy định\.\/\.$/);
  });

  it("stops on a passage that links to an agency or a task the plan does not have", () => {
    const data = JSON.parse(readFileSync("seeds/plan-2023-binh-dinh.json", "utf8"));
    const i = data.passages.findIndex((p: { id: string }) => p.id === "V.2.a");
    data.passages[i].agencies = ["so-khong-co"];
    data.passages[i].tasks = ["99"];
    expect(() => parsePlan(data, "bad.json")).toThrow(PlanError);
    expect(() => parsePlan(data, "bad.json")).toThrow(/passages\.\d+\.agencies\.0 \(passage V\.2\.a\): unknown agency "so-khong-co"/);
    expect(() => parsePlan(data, "bad.json")).toThrow(/passages\.\d+\.tasks\.0 \(passage V\.2\.a\): unknown task "99"/);
  });
});
