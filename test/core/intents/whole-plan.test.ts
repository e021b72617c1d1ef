import { describe, expect, it } from "vitest";
import { plan, testBot } from "../../helpers/bot.js";

// The plan's body answers: each body of Mục V, the objectives, funding, legal bases, purpose and
// requirements, each area of Mục III, and passage search — with the reference the answer must cite.
const TABLE: [question: string, intent: string, cites: string][] = [
  // Mục V, one row or more for each of the eight bodies
  ["Sở Nội vụ có trách nhiệm gì trong kế hoạch này?", "duty", "Mục V.2.a"],
  ["so noi vu co trach nhiem gi trong ke hoach nay", "duty", "Mục V.2.c"],
  ["What is the role of the Department of Home Affairs?", "duty", "Mục V.2.b"],
  ["Văn phòng UBND tỉnh phải làm gì về thủ tục hành chính?", "duty", "Mục V.3.a"],
  ["van phong ubnd tinh co trach nhiem gi", "duty", "Mục V.3.b"],
  ["Sở Tài chính có trách nhiệm gì?", "duty", "Mục V.4.a"],
  ["Sở Tài chính phải làm gì về kinh phí?", "duty", "Mục V.4.a"],
  ["What are the responsibilities of the Department of Finance?", "duty", "Mục V.4.b"],
  ["Sở Tư pháp có trách nhiệm gì trong kế hoạch này?", "duty", "Mục V.5"],
  ["so tu phap phai lam gi", "duty", "Mục V.5"],
  ["Sở TT&TT có trách nhiệm gì?", "duty", "Mục V.6.a"],
  ["Sở Thông tin và Truyền thông phải làm gì về truyền thông cải cách hành chính?", "duty", "Mục V.6.b"],
  ["Sở Kế hoạch và Đầu tư có trách nhiệm gì?", "duty", "Mục V.7.a"],
  ["so khdt phai lam gi trong ke hoach nay", "duty", "Mục V.7.b"],
  ["UBND cấp huyện có trách nhiệm gì?", "duty", "Mục V.1.a"],
  ["Thủ trưởng các cơ quan có trách nhiệm gì?", "section", "Mục V.1.d"],
  ["trach nhiem cua nguoi dung dau", "section", "Mục V.1.b"],
  ["Báo Bình Định có trách nhiệm gì?", "duty", "Mục V.8"],
  ["Đài PT-TH phải làm gì?", "duty", "Mục V.8"],
  ["Cổng TTĐT có nhiệm vụ gì trong kế hoạch?", "duty", "Mục V.8"],
  ["xem đầy đủ mục V.2", "section", "Mục V.2.c"],
  ["muc v.4", "section", "Mục V.4.b"],
  ["mục V", "section", "Mục V.8"],
  // II. objectives and targets
  ["Mục tiêu của kế hoạch là gì?", "section", "Mục II.1"],
  ["muc tieu cua ke hoach", "section", "Mục II.1"],
  ["What are the objectives of the plan?", "section", "Mục II.1"],
  ["mục II.2", "section", "Mục II.2.e"],
  // IV. funding
  ["Kinh phí thực hiện lấy từ đâu?", "section", "Mục IV.1"],
  ["kinh phi thuc hien ke hoach", "section", "Mục IV.2"],
  ["Nguồn kinh phí cải cách hành chính", "section", "Mục IV.1"],
  ["Where does the funding come from?", "section", "Mục IV.2"],
  // legal bases
  ["Kế hoạch căn cứ những văn bản nào?", "section", "Căn cứ 2"],
  ["can cu phap ly cua ke hoach", "section", "Căn cứ 4"],
  ["What is the legal basis of the plan?", "section", "Căn cứ 1"],
  ["xem đầy đủ phần căn cứ", "section", "Căn cứ 5"],
  // I. purpose and requirements
  ["Mục đích, yêu cầu của kế hoạch", "section", "Mục I.2.b"],
  ["muc dich cua ke hoach la gi", "section", "Mục I.1.a"],
  ["Kế hoạch đặt ra những yêu cầu gì?", "section", "Mục I.2.a"],
  // III. each area
  ["Công tác chỉ đạo, điều hành cần làm gì?", "section", "Mục III.1.đ"],
  ["Cải cách thể chế cần làm gì?", "section", "Mục III.2.a"],
  ["Kế hoạch nói gì về cải cách thể chế?", "section", "Mục III.2.c"],
  ["Cải cách thủ tục hành chính năm 2023 cần làm gì?", "section", "Mục III.3.a"],
  ["cai cach to chuc bo may can lam gi", "section", "Mục III.4.b"],
  ["Cải cách chế độ công vụ phải làm gì?", "section", "Mục III.5.c"],
  ["Cải cách tài chính công năm 2023 cần làm gì?", "section", "Mục III.6.b"],
  ["chinh quyen dien tu can lam gi", "section", "Mục III.7.d"],
  ["What does the plan say about e-government?", "section", "Mục III.7.a"],
  ["muc III.7", "section", "Mục III.7.e"],
  // questions no other intent takes: the body's own words
  ["Nghiêm cấm hành vi nhũng nhiễu người dân, doanh nghiệp", "passage", "Mục V.1.c, Kế hoạch CCHC 2023"],
  ["ai báo cáo khi có vướng mắc", "passage", "Mục V (đoạn cuối)"],
  ["điện toán đám mây", "passage", "Mục III.7.b"],
  ["Kế hoạch nói gì về tinh giản biên chế?", "passage", "Mục III.4.b"],
];

/** Quotes presented as the plan's words: «…» followed by a reference. */
function quotes(text: string): string[] {
  return [...text.matchAll(/«([^»]+)» \((?:Mục|Căn cứ)/g)].flatMap((m) =>
    m[1]!
      .split("…")
      .map((s) => s.trim())
      .filter((s) => s.length > 3),
  );
}

describe("the whole plan answers, with references", () => {
  const { ask } = testBot();

  it("has a table of at least 40 questions covering every body of Mục V", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) expect(TABLE.some(([, , cites]) => cites.startsWith(`Mục V.${n}`))).toBe(true);
  });

  it.each(TABLE)("%j → %s citing %s", async (question, intent, cites) => {
    const reply = await ask(question);
    expect(reply.intent).toBe(intent);
    expect(reply.text).toContain(cites);
    // Body answers are not about appendix rows: the evaluation compares these sets.
    expect(reply.tasks).toEqual([]);
    expect(reply.targets).toEqual([]);
    const quoted = quotes(reply.text);
    if (intent !== "section") expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted)
      expect(
        plan.passages.some((p) => p.text.includes(q)),
        q,
      ).toBe(true);
  });

  it("counts the agency's appendix rows in one line under its duties", async () => {
    const reply = await ask("Sở Nội vụ có trách nhiệm gì trong kế hoạch này?");
    expect(reply.text).toContain(`chủ trì ${plan.ledBy("so-noi-vu").length} nhiệm vụ`);
    expect(reply.text).toContain(`theo dõi ${plan.monitoredBy("so-noi-vu").length} chỉ tiêu`);
  });

  it("offers the full section as a choice that works when sent back", async () => {
    const short = await ask("Sở Tài chính có trách nhiệm gì?");
    expect(short.choices?.[0]?.value).toBe("xem đầy đủ mục V.4");
    const full = await ask(short.choices![0]!.value);
    expect(full.text).toContain(plan.passage("V.4.a")!.text);
    expect(full.text).toContain(plan.passage("V.4.b")!.text);
  });

  it("puts the point the question is about first", async () => {
    const reply = await ask("Văn phòng UBND tỉnh phải làm gì về thủ tục hành chính?");
    expect(reply.text.indexOf("Mục V.3.a")).toBeLessThan(reply.text.indexOf("Mục V.3.b"));
  });

  it("shows where the body differs from Phụ lục 1 when Mục II.2 is read", async () => {
    const reply = await ask("mục II.2");
    expect(reply.text).toContain("80% / 70% / 50%");
  });

  it("says so when the plan has no such place or nothing matches", async () => {
    expect((await ask("mục V.9")).text).toContain("không có mục V.9");
    const none = await ask("kế hoạch có nói về vàng bạc không");
    expect(none.intent).toBe("passage");
    expect(none.text).toContain("Không thấy đoạn nào");
  });

  it.each([
    ["Sở Nội vụ có nhiệm vụ gì?", "agency", ["1", "2", "3"]],
    ["Các nhiệm vụ cải cách thể chế", "topic", ["11", "12"]],
    ["Sở Nội vụ chịu trách nhiệm những nhiệm vụ nào?", "agency", ["1", "2", "3"]],
  ])("keeps appendix questions where they were: %j → %s", async (question, intent, some) => {
    const reply = await ask(question);
    expect(reply.intent).toBe(intent);
    for (const id of some) expect(reply.tasks).toContain(id);
  });

  it.each(["hôm nay ăn gì", "gia vang hom nay bao nhieu", "Who won the 2022 World Cup?"])("leaves %j unknown", async (question) => {
    expect((await ask(question)).intent).toBe("unknown");
  });
});
