import { readFileSync } from "node:fs";
import type { PlanData } from "../../src/core/plan/schema.js";
import type { Block, Cell, Row } from "./make-docx.js";

export const seedPlan = (): PlanData => JSON.parse(readFileSync("seeds/plan-2023-binh-dinh.json", "utf8"));

/**
 * The seed plan laid out as its Word original is: letterhead, căn cứ, Mục I–V with their points and lettered
 * items, Phụ lục 1 (two header rows, "Trách nhiệm cụ thể" over two columns) and Phụ lục 2 with group rows,
 * sub-rows and merged cells (task 1's time cell over 1.1 and 1.2; one cooperating cell over tasks 18–20).
 */
export function seedDocument(plan = seedPlan()): Block[] {
  const name = (id: string) => plan.agencies.find((a) => a.id === id)!.name;
  const blocks: Block[] = ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH", "QUYẾT ĐỊNH", "Ban hành Kế hoạch cải cách hành chính tỉnh Bình Định năm 2023", "ỦY BAN NHÂN DÂN TỈNH"];
  for (const p of plan.passages!.filter((p) => p.id.startsWith("CC."))) blocks.push(p.text);
  blocks.push("QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính tỉnh Bình Định năm 2023.");
  blocks.push("KẾ HOẠCH", "Cải cách hành chính tỉnh Bình Định năm 2023", "(Ban hành kèm theo Quyết định số /QĐ-UBND ngày tháng 12 năm 2022 của Ủy ban nhân dân tỉnh)");
  for (const part of plan.sections!.filter((s) => /^[IVX]+$/.test(s.id))) {
    blocks.push(`${part.id}. ${part.title.toUpperCase()}`);
    let point = "";
    for (const p of plan.passages!.filter((p) => p.id === part.id || p.id.startsWith(`${part.id}.`))) {
      const [, n, letter] = p.id.split(".");
      const section = plan.sections!.find((s) => s.id === `${part.id}.${n}`);
      if (section && point !== section.id) {
        point = section.id;
        blocks.push(`${n}. ${section.title}`);
      }
      if (letter && letter !== "end") blocks.push(`${letter}) ${p.text}`);
      else if (n && !section) blocks.push(`${n}. ${p.text}`);
      else blocks.push(p.text);
    }
  }
  blocks.push("PHỤ LỤC 1", "CÁC CHỈ TIÊU CÔNG TÁC CẢI CÁCH HÀNH CHÍNH TỈNH BÌNH ĐỊNH NĂM 2023");
  const targets: Row[] = [
    [
      { text: "STT", merge: "start" },
      { text: "Chỉ tiêu", merge: "start" },
      { text: "Chỉ tiêu phấn đấu năm 2023", merge: "start" },
      { text: "Trách nhiệm cụ thể", span: 2 },
    ],
    [{ text: "", merge: "continue" }, { text: "", merge: "continue" }, { text: "", merge: "continue" }, "Đơn vị theo dõi, hướng dẫn thực hiện", "Đơn vị thực hiện"],
  ];
  for (const g of plan.targetGroups) {
    if (!plan.targets.some((t) => t.id === g.id)) targets.push([g.id, g.title, "", "", ""]);
    for (const t of plan.targets.filter((t) => t.group === g.id)) {
      const main = t.values.length === 1 && !t.values[0]!.label ? t.values[0]! : undefined;
      const value = main ? `${main.value ?? "-"}${main.note ? `\n(${main.note})` : ""}` : "";
      targets.push([t.id, t.title, value, t.monitoringAsWritten ?? t.monitoring.map(name).join("; "), t.implementingAsWritten]);
      if (!main) for (const v of t.values) targets.push(["", `- ${v.label}`, v.value ?? "-", "-", "-"]);
    }
  }
  blocks.push({ table: targets });
  blocks.push("PHỤ LỤC 2", "27 NHIỆM VỤ TRỌNG TÂM CỦA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH TỈNH BÌNH ĐỊNH NĂM 2023");
  const tasks: Row[] = [["TT", "Nhiệm vụ", "Hoạt động/sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]];
  const merged = ["18", "19", "20"];
  for (const g of plan.taskGroups) {
    tasks.push([g.id, { text: g.title.toUpperCase(), span: 5 }]);
    for (const t of plan.tasks.filter((t) => t.group === g.id)) {
      const lead = t.leadAsWritten ?? t.lead.map(name).join("; ");
      const coop: Cell = merged.includes(t.id) ? { text: t.cooperatingAsWritten ?? "", merge: t.id === merged[0] ? "start" : "continue" } : { text: t.cooperatingAsWritten ?? "" };
      const children = plan.tasks.some((c) => c.parent === t.id && c.time === null);
      const time: Cell =
        t.time === null
          ? { text: "", merge: "continue" }
          : {
              text:
                t.milestones.length > 1 && t.milestones[0]!.label
                  ? t.time
                      .split("; ")
                      .map((l) => `- ${l}`)
                      .join("\n")
                  : t.time,
              ...(children ? { merge: "start" as const } : {}),
            };
      tasks.push([t.id, t.title, t.deliverable, lead, coop, time]);
    }
  }
  tasks.push(["", { text: "TỔNG CỘNG: 27 NHIỆM VỤ", span: 5 }]);
  blocks.push({ table: tasks });
  return blocks;
}
