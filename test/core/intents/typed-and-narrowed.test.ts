import { describe, expect, it } from "vitest";
import { language, plan, testBot } from "../../helpers/bot.js";
import { createEntityReader } from "../../../src/core/language/entities.js";
import { stem } from "../../../src/core/language/search.js";

// Words that fold alike but are typed apart, questions that narrow an area or ask one property of a row,
// and the body's detail behind a target: each answer as a reader of the plan would give it.
const reader = createEntityReader(plan, language.vocabulary);

describe("what a message says, as typed", () => {
  it("with diacritics, «dạng» is not «đang» and «đất» is not «đạt»; without them, or as «dở dang», the words still count", () => {
    expect(reader.read("hồ sơ được tạo lập dưới dạng điện tử", 5).status).toBeUndefined();
    expect(reader.read("nhiệm vụ 24 đang làm", 5).status).toBe("in_progress");
    expect(reader.read("nv 11 dang lam", 5).status).toBe("in_progress");
    expect(reader.read("những việc còn dở dang", 5).status).toBe("in_progress");
    expect(reader.read("đăng ký đất đai", 5).cues.has("reached")).toBe(false);
    expect(reader.read("chỉ tiêu 3.1 đã đạt 50%", 5).cues.has("reached")).toBe(true);
  });

  it("«công nghệ số» typed without diacritics is no agency named «so tai dia phuong»", async () => {
    const { ask } = testBot();
    const a = await ask("trien khai hieu qua hoat dong cua to nao ve cong nghe so tai dia phuong");
    expect(a.intent).toBe("passage");
    expect(a.text).toContain("Tổ công nghệ số cộng đồng");
    expect((await ask("so ngoai vu co nhiem vu gi")).intent).toBe("not_found");
  });
});

describe("questions that narrow or pick", () => {
  it("an area narrowed by the question's own words lists only the rows that have them", async () => {
    const { ask } = testBot();
    expect((await ask("Những nhiệm vụ nào liên quan đến rà soát thủ tục hành chính?")).tasks.sort()).toEqual(["13", "14"]);
    expect((await ask("Có nhiệm vụ nào về tiếp nhận, giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính không?")).tasks).toEqual(["15"]);
    expect((await ask("Các nhiệm vụ cải cách thủ tục hành chính")).tasks.sort()).toEqual(["13", "14", "15"]);
  });

  it("an agency within an area: the area's rows, in the role asked", async () => {
    const { ask } = testBot();
    const coop = await ask("In the e-government group, which tasks does the Department of Information and Communications support as a cooperating agency?");
    expect(coop.tasks.sort()).toEqual(["24", "27"]);
    const led = await ask("Sở Nội vụ chủ trì những nhiệm vụ nào trong nhóm cải cách tổ chức bộ máy?");
    expect(led.tasks).toEqual(["17"]);
    expect(led.text).toContain("do Sở Nội vụ chủ trì");
  });

  it("asks a row's product by «đầu ra» or «văn bản gì»: the product first", async () => {
    const { ask } = testBot();
    const a = await ask("de an chuyen doi so tai vp ubnd tinh thi dau ra la gi");
    expect(a.tasks).toEqual(["27"]);
    expect(a.text.split("\n")[0]).toBe("Sản phẩm của nhiệm vụ 27: Quyết định phê duyệt Đề án của UBND tỉnh.");
  });

  it("a target's condition written only in the body is quoted from the body", async () => {
    const { ask } = testBot();
    const a = await ask("Chỉ tiêu trên 90% công chức cấp xã có trình độ đại học không tính cán bộ, công chức làm việc ở những vùng nào?");
    expect(a.targets).toEqual(["5.2"]);
    expect(a.text).toContain("xã miền núi, vùng cao");
    // A plain target question gets no quote.
    expect((await ask("chỉ tiêu 5.2 là gì")).text).not.toContain("Kế hoạch ghi");
  });

  it("«theo dõi chỉ tiêu gì» lists the targets an agency monitors; «9 tháng đầu năm» counts the deadlines to 30/9", async () => {
    const { ask } = testBot();
    expect((await ask("So Noi vu chiu trach nhiem theo doi chi tieu gi")).targets).toContain("5.2");
    expect((await ask("9 tháng đầu năm 2023 có bao nhiêu nhiệm vụ phải hoàn thành?")).text).toContain("24 nhiệm vụ");
  });
});

describe("questions for rows, however the body matches too", () => {
  it("«có nhiệm vụ nào về …» lists the appendix rows, not a quote of the body", async () => {
    const { ask } = testBot();
    const a = await ask("Có nhiệm vụ nào về phổ biến, giáo dục pháp luật không?");
    expect(a.tasks).toContain("12");
    expect(a.text).not.toContain("viết:");
  });

  it("a row's lead asked by its title is that row's lead; «phương châm» is no «chậm» (late)", async () => {
    const { ask } = testBot();
    const a = await ask("Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2023 thuộc trách nhiệm chủ trì của cơ quan nào?");
    expect(a.tasks).toEqual(["13"]);
    expect(a.text).toContain("Văn phòng UBND tỉnh");
    expect(reader.read("phương châm làm gương, kỷ cương", 5).cues.has("progress")).toBe(false);
  });

  it("«nhóm nào có nhiều nhiệm vụ nhất» ranks the areas", async () => {
    const { ask } = testBot();
    expect((await ask("Nhóm nhiệm vụ nào trong Phụ lục 2 có nhiều nhiệm vụ nhất?")).text).toContain("1. I. Công tác chỉ đạo điều hành: 10");
  });
});

describe("English questions about the body", () => {
  it("are searched in the plan's own Vietnamese words (intents/vocabulary/english.json)", async () => {
    const { ask } = testBot();
    const a = await ask("What kinds of data will the province's shared digital data warehouse integrate?");
    expect(a.lang).toBe("en");
    expect(a.text).toContain("kinh tế, tài chính, đầu tư");
  });
});

describe("counts and rankings as the plan counts", () => {
  it("an area's count leaves its sub-rows out; quarters are ranked by their due lists", async () => {
    const { ask } = testBot();
    expect((await ask("Nhóm công tác chỉ đạo điều hành có mấy nhiệm vụ?")).text).toContain("có 10 nhiệm vụ (kèm việc con 1.1, 1.2, 10.1, 10.2)");
    const q = await ask("Which quarter has the most task deadlines?");
    expect(q.text.split("\n")[1]).toBe("1. Quarter I: 12 (plus sub-tasks 1.1, 1.2)");
    expect((await ask("quý nào có ít nhiệm vụ đến hạn nhất")).text.split("\n")[1]).toBe("1. Quý IV: 2");
  });

  it("an agency's name inside the title asked for does not turn the question into that agency's list", async () => {
    const { ask } = testBot();
    const a = await ask("Những nhiệm vụ nào liên quan đến Chỉ số năng lực cạnh tranh các sở, ngành, địa phương (DDCI)?");
    expect(a.tasks).toContain("8");
    expect(a.tasks).not.toContain("21");
    expect((await ask("Có nhiệm vụ nào về Bộ Chỉ số cải cách hành chính của tỉnh không?")).tasks).toContain("5");
  });
});

describe("set p's lessons", () => {
  it("two agencies, one leading and one cooperating, in either order", async () => {
    const { ask } = testBot();
    expect((await ask("nv nao vp ubnd tinh chu tri con so tt&tt phoi hop")).tasks).toEqual(["27"]);
    expect((await ask("Nhiệm vụ nào do các sở, ngành chủ trì còn Sở Tài chính chỉ phối hợp?")).tasks).toEqual(["22"]);
    expect((await ask("Sở Thông tin và Truyền thông phối hợp, Văn phòng UBND tỉnh chủ trì nhiệm vụ nào?")).tasks).toEqual(["27"]);
  });

  it("«từ ngày 1/7 đến hết năm» keeps both ends; «tóm tắt giúp tôi kế hoạch» is the plan's summary, counted as the plan counts", async () => {
    const { ask } = testBot();
    expect((await ask("Từ ngày 1/7 đến hết năm 2023 có những nhiệm vụ nào đến hạn?")).text.split("\n")[0]).toContain("Quý III và Quý IV/2023");
    expect((await ask("Tóm tắt giúp tôi kế hoạch CCHC năm 2023")).text).toContain("27 nhiệm vụ trọng tâm");
    expect((await ask("help")).text).toContain("27 nhiệm vụ (kèm việc con 1.1, 1.2, 10.1, 10.2)");
  });

  it("an agency named within the question does not narrow an area's list by its own words", async () => {
    const { ask } = testBot();
    expect((await ask("so noi vu chu tri nhung nv nao trong nhom cong vu va nhom to chuc bo may")).tasks.sort()).toEqual(["17", "18", "19", "20"]);
  });
});

describe("set p's lessons, second part", () => {
  it("an agency asked what it is assigned in words of its own duties gets those duties", async () => {
    const { ask } = testBot();
    expect((await ask("so tu phap duoc giao tham muu nang cao hieu qua cong tac gi")).text).toContain("ban hành văn bản quy phạm pháp luật");
    expect((await ask("Văn phòng UBND tỉnh phối hợp với Sở Nội vụ theo dõi, đánh giá CCHC gắn với công tác gì?")).text).toContain("bình xét thi đua khen thưởng");
    // Asked what it leads, it still gets its rows.
    expect((await ask("Sở Tư pháp có nhiệm vụ gì?")).tasks).toEqual(["11", "12"]);
  });

  it("a closing «không?» is no word to search for; a row's field or a target's share asked beats the body", async () => {
    const { ask } = testBot();
    expect((await ask("Có nhiệm vụ nào liên quan đến thuế không?")).tasks).toEqual(["24"]);
    expect((await ask("Hội nghị tổng kết công tác cải cách hành chính năm 2022 phải tổ chức trong quý nào?")).text).toContain("Quý I");
    expect((await ask("Phải phê duyệt phương án đơn giản hóa cho ít nhất bao nhiêu phần trăm thủ tục hành chính nội bộ?")).targets).toEqual(["3.2"]);
  });
});

describe("English words meet the rows' English titles whatever their ending", () => {
  it("stems English and leaves folded Vietnamese syllables alone", () => {
    expect(["reorganising", "reorganised", "reorganise"].map(stem)).toEqual(["reorganis", "reorganis", "reorganis"]);
    expect(["units", "procedures", "boundaries", "process"].map(stem)).toEqual(["unit", "procedur", "boundary", "process"]);
    expect(["nghieng", "truong", "nguyen", "thue", "khoe", "sipas"].map(stem)).toEqual(["nghieng", "truong", "nguyen", "thue", "khoe", "sipa"]);
  });

  it("«reorganising», «reviewing» find «reorganise», «review»", async () => {
    const { ask } = testBot();
    const a = await ask("Who is in charge of the plan to implement the scheme on reorganising the public service unit system?");
    expect(a.tasks).toEqual(["17"]);
    expect(a.text).toContain("Sở Nội vụ");
  });
});

describe("a part of the body named, and a point of it asked", () => {
  it("quotes the point, not the part's outline; a part asked as a whole stays the part", async () => {
    const { ask } = testBot();
    const a = await ask("Trong cải cách tổ chức bộ máy, kế hoạch đặt ra nguyên tắc phân công thế nào giữa các cơ quan?");
    expect(a.text).toContain("(Mục III.4.a, Kế hoạch CCHC 2023)");
    expect(a.text).not.toContain("Mục III.4. Cải cách tổ chức bộ máy hành chính nhà nước:");
    expect((await ask("Cải cách thủ tục hành chính năm 2023 cần làm gì?")).intent).toBe("section");
  });
});

describe("set q's lessons", () => {
  it("«có nv nào về …» from the task card too; one row's lead asked between two agencies", async () => {
    const { ask } = testBot();
    expect((await ask("co nv nao ve dao tao boi duong can bo ko")).tasks).toEqual(expect.arrayContaining(["19", "20"]));
    const a = await ask("nv so 7 la snv hay so kh&dt chu tri?");
    expect(a.tasks).toEqual(["7"]);
    expect(a.text).toContain("Sở Nội vụ");
  });

  it("a strong target beats a weak «năm nay» and an unaccented «số xã» read as an agency", async () => {
    const { ask } = testBot();
    expect((await ask("bao nhieu % xa phai chuyen doi so nam nay")).targets).toEqual(["7.3"]);
    expect((await ask("chi tieu so xa chuyen doi so bao nhieu %")).targets).toEqual(["7.3"]);
  });
});

describe("set r's lessons", () => {
  it("«mấy %» asks a share; «tiếp cận» inside a question is no «xem tiếp»", async () => {
    const { ask } = testBot();
    expect((await ask("tthc noi bo cong khai tren trang ttdt cua co quan don vi dat may %")).targets).toContain("3.1");
    const a = await ask("Có nhiệm vụ nào về xây dựng xã đạt chuẩn tiếp cận pháp luật không?");
    expect(a.intent).not.toBe("more");
    expect(a.tasks).toContain("12");
    expect((await ask("xem tiếp")).intent).toBe("more");
  });

  it("two areas counted together give their sum", async () => {
    const { ask } = testBot();
    expect((await ask("Nhóm cải cách tổ chức bộ máy và nhóm cải cách tài chính công cộng lại có bao nhiêu nhiệm vụ?")).text).toContain("Cộng lại: 4 nhiệm vụ.");
  });
});

describe("a body search that names an agency", () => {
  it("«kế hoạch nói gì về … giữa các sở, ngành» quotes the passage, not the agencies' duties", async () => {
    const { ask } = testBot();
    const a = await ask("ke hoach noi gi ve tinh trang chong cheo chuc nang nhiem vu giua cac so nganh");
    expect(a.intent).toBe("passage");
    expect(a.text).toContain("chồng chéo chức năng");
  });
});
