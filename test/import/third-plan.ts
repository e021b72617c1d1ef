import type { Expected } from "./compare.js";
import type { Block, Row } from "./make-docx.js";

/**
 * A third made-up 2026 plan in a Đắk Lắk / Nghệ An layout: "Phần I." parts; the task appendix as
 * "STT | Nhiệm vụ | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"; group rows in one
 * merged cell (some centred, as a PDF then shows them mid-row) and as a numeral with a spanning title; a lead merged down over two tasks; a parent row with
 * no time of its own over sub-rows "a)", "b)"; numbered sub-rows 10.1, 10.2; a title merged over the product
 * column; "Thường xuyên", "Hằng năm", "Trước ngày 31/7/2026", "6 tháng đầu năm", two deadlines in one cell;
 * agencies the lexicon does not know (a business association, a newspaper, telecoms); and targets with
 * sub-rows 3.1, 3.2 under a monitoring cell merged over them.
 */
export function thirdPlanDocument(): Block[] {
  const targets: Row[] = [
    ["TT", "Nội dung chỉ tiêu", "Kết quả phấn đấu", "Đơn vị chủ trì theo dõi"],
    ["1", "Chỉ số cải cách hành chính (PAR INDEX) của tỉnh", "Nằm trong nhóm 30 tỉnh dẫn đầu", "Sở Nội vụ"],
    ["2", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", "Trên 90%", "Sở Nội vụ"],
    ["3", "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình", "", { text: "Sở Khoa học và Công nghệ", merge: "start" }],
    ["3.1", "Cấp tỉnh", "85%", { text: "", merge: "continue" }],
    ["3.2", "Cấp xã", "70%", { text: "", merge: "continue" }],
    ["4", "Tỷ lệ văn bản điện tử gửi, nhận có ký số", "100%", "Văn phòng UBND tỉnh"],
  ];
  const tasks: Row[] = [
    ["STT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    [{ text: "I. CẢI CÁCH THỂ CHẾ", span: 6 }],
    ["1", "Xây dựng, ban hành văn bản quy phạm pháp luật thuộc thẩm quyền của tỉnh", "Nghị quyết, Quyết định", "Sở Tư pháp", "Các sở, ban, ngành; UBND các xã, phường", "Thường xuyên"],
    [
      "2",
      "Rà soát văn bản quy phạm pháp luật sau sắp xếp đơn vị hành chính",
      "Quyết định công bố kết quả rà soát",
      { text: "Sở Tư pháp", merge: "start" },
      "Các sở, ban, ngành",
      "Trước ngày 31/7/2026",
    ],
    ["3", "Kiểm tra công tác thi hành pháp luật về xử lý vi phạm hành chính", "Báo cáo kiểm tra", { text: "", merge: "continue" }, "Công an tỉnh; Thanh tra tỉnh", "Quý III/2026"],
    ["II", { text: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", span: 5 }],
    ["4", "Rà soát, đơn giản hóa thủ tục hành chính", "Phương án đơn giản hóa", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", ""],
    ["a)", "Rà soát thủ tục hành chính lĩnh vực đất đai", "Phương án", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Tháng 6/2026"],
    ["b)", "Rà soát thủ tục hành chính lĩnh vực đầu tư", "Phương án", "Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh", "Quý III/2026"],
    ["5", "Vận hành Trung tâm Phục vụ hành chính công tỉnh", "Báo cáo", "Trung tâm Phục vụ hành chính công tỉnh", "Bưu điện tỉnh; UBND các xã, phường", "6 tháng đầu năm"],
    ["6", { text: "Tuyên truyền về cải cách hành chính trên báo chí", span: 2 }, "Sở Nội vụ", "Báo và Phát thanh, Truyền hình Đắk Lắk; Cổng Thông tin điện tử tỉnh", "Hằng năm"],
    [{ text: "III. CẢI CÁCH TỔ CHỨC BỘ MÁY", span: 6, center: true }],
    ["7", "Sắp xếp tổ chức bên trong các cơ quan chuyên môn thuộc UBND tỉnh", "Đề án", "Sở Nội vụ", "Các sở, ban, ngành", "6 tháng đầu năm"],
    ["8", "Đánh giá mô hình chính quyền địa phương hai cấp", "Báo cáo", "Sở Nội vụ", "UBND các xã, phường", "- Sơ kết: Quý II/2026\n- Tổng kết: Quý IV/2026"],
    [{ text: "IV. CẢI CÁCH TÀI CHÍNH CÔNG", span: 6 }],
    ["9", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập", "Quyết định giao quyền tự chủ", "Sở Tài chính", "Sở Nội vụ; Sở Y tế; Sở Giáo dục và Đào tạo", "Tháng 9/2026"],
    [{ text: "V. CHUYỂN ĐỔI SỐ", span: 6, center: true }],
    [
      "10",
      "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh",
      "Hệ thống được nâng cấp",
      "Sở Khoa học và Công nghệ",
      "Công an tỉnh; VNPT Đắk Lắk; Viettel Đắk Lắk",
      "Theo tiến độ của Bộ Khoa học và Công nghệ",
    ],
    ["10.1", "Kết nối Cơ sở dữ liệu quốc gia về dân cư", "Kết nối", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Quý II/2026"],
    ["10.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Kho dữ liệu số hóa", "Sở Khoa học và Công nghệ", "UBND các xã, phường", "Năm 2026"],
    ["11", "Vận hành Trung tâm giám sát, điều hành thông minh của tỉnh", "Báo cáo", "Sở Khoa học và Công nghệ", "Văn phòng Tỉnh ủy; Các sở, ban, ngành", "Trước ngày 30/9/2026"],
  ];
  return [
    "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
    "Số: 0156/KH-UBND",
    "Đắk Lắk, ngày 20 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Cải cách hành chính tỉnh Đắk Lắk năm 2026",
    "Phần I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "a) Xây dựng nền hành chính phục vụ, chuyên nghiệp sau khi tổ chức chính quyền địa phương hai cấp.",
    "2. Yêu cầu",
    "Các sở, ban, ngành và UBND các xã, phường bám sát nhiệm vụ, thời hạn và sản phẩm được giao.",
    "Phần II. NHIỆM VỤ TRỌNG TÂM",
    "1. Cải cách thể chế",
    "Nâng cao chất lượng xây dựng và kiểm tra văn bản quy phạm pháp luật của tỉnh.",
    "2. Chuyển đổi số",
    "Hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính và kết nối các cơ sở dữ liệu quốc gia.",
    "Phần III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Nội vụ",
    "Là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch.",
    "PHỤ LỤC I",
    "CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    { table: targets },
    "PHỤ LỤC II",
    "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    { table: tasks },
  ];
}

/** Column widths for the PDF drawn from it: the targets table, then the tasks table. */
export const THIRD_WIDTHS = [
  [30, 300, 180, 220],
  [30, 210, 130, 130, 160, 110],
];

const task = (id: string, lead: string[], cooperating: string[], due: (string | null)[]) => ({ id, lead, cooperating, milestones: due.map((d) => ({ due: d })) });

/** Task ids, leads and cooperating sets (the lexicon's ids; unknown names by the id made from them), due dates; target values. */
export const THIRD_EXPECTED: Expected = {
  tasks: [
    task("1", ["so-tu-phap"], ["cac-so-ban-nganh", "ubnd-xa"], [null]),
    task("2", ["so-tu-phap"], ["cac-so-ban-nganh"], ["2026-07-31"]),
    task("3", ["so-tu-phap"], ["cong-an-tinh", "thanh-tra-tinh"], ["2026-09-30"]),
    task("4", ["vp-ubnd-tinh"], ["cac-so-ban-nganh"], ["2026-06-30", "2026-09-30"]),
    task("4a", ["so-nn-mt"], ["ubnd-xa"], ["2026-06-30"]),
    task("4b", ["so-tai-chinh"], ["hiep-hoi-doanh-nghiep-tinh"], ["2026-09-30"]),
    task("5", ["trung-tam-hcc"], ["buu-dien-tinh", "ubnd-xa"], ["2026-06-30"]),
    task("6", ["so-noi-vu"], ["bao-va-phat-thanh-truyen-hinh-dak-lak", "cong-ttdt"], [null]),
    task("7", ["so-noi-vu"], ["cac-so-ban-nganh"], ["2026-06-30"]),
    task("8", ["so-noi-vu"], ["ubnd-xa"], ["2026-06-30", "2026-12-31"]),
    task("9", ["so-tai-chinh"], ["so-noi-vu", "so-y-te", "so-gddt"], ["2026-09-30"]),
    task("10", ["so-khcn"], ["cong-an-tinh", "vnpt-dak-lak", "viettel-dak-lak"], [null]),
    task("10.1", ["cong-an-tinh"], ["so-khcn"], ["2026-06-30"]),
    task("10.2", ["so-khcn"], ["ubnd-xa"], ["2026-12-31"]),
    task("11", ["so-khcn"], ["van-phong-tinh-uy", "cac-so-ban-nganh"], ["2026-09-30"]),
  ],
  targets: [
    { id: "1", values: [{ value: "Nằm trong nhóm 30 tỉnh dẫn đầu" }], monitoring: ["so-noi-vu"] },
    { id: "2", values: [{ value: "Trên 90%" }], monitoring: ["so-noi-vu"] },
    { id: "3.1", values: [{ value: "85%" }], monitoring: ["so-khcn"] },
    { id: "3.2", values: [{ value: "70%" }], monitoring: ["so-khcn"] },
    { id: "4", values: [{ value: "100%" }], monitoring: ["vp-ubnd-tinh"] },
  ],
};
