import type { Block, Row } from "./make-docx.js";

/**
 * A made-up province's 2026 plan in another layout: a "Số: …/KH-UBND" header, "Phần I." parts, the targets
 * appendix with roman groups and columns in another order, the task appendix with "Đơn vị chủ trì" and
 * "Thời hạn hoàn thành" before "Sản phẩm", group rows in one merged cell, sub-rows a/b, a merged time cell
 * over two tasks, and the agencies of after the 2025 reorganisation.
 */
export function secondPlanDocument(): Block[] {
  const targets: Row[] = [
    ["STT", "Nội dung chỉ tiêu", "Cơ quan theo dõi", "Mục tiêu năm 2026", "Đơn vị thực hiện"],
    ["I", { text: "CHỈ SỐ ĐÁNH GIÁ", span: 4 }],
    ["1", "Chỉ số cải cách hành chính (PAR INDEX)", { text: "Sở Nội vụ", merge: "start" }, "Tăng ít nhất 2 bậc so với năm 2025", "Các sở, ban, ngành; UBND các xã, phường"],
    ["2", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)", { text: "", merge: "continue" }, "Trên 85%", "Các sở, ban, ngành; UBND các xã, phường"],
    ["3", "Chỉ số chuyển đổi số (DTI)", "Sở Khoa học và Công nghệ", "Nhóm khá trở lên", "Các sở, ban, ngành; UBND các xã, phường"],
    ["II", { text: "THỦ TỤC HÀNH CHÍNH VÀ DỊCH VỤ CÔNG", span: 4 }],
    ["4", "Hồ sơ thủ tục hành chính giải quyết đúng hạn", "Văn phòng UBND tỉnh", "98%", "Các sở, ban, ngành; UBND các xã, phường"],
    ["5", "Dịch vụ công trực tuyến toàn trình", "Sở Khoa học và Công nghệ", "", "Các sở, ban, ngành; UBND các xã, phường"],
    ["", "- Cấp tỉnh", "", "80%", ""],
    ["", "- Cấp xã", "", "60%", ""],
  ];
  const tasks: Row[] = [
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Sản phẩm", "Đơn vị phối hợp"],
    [{ text: "I. CẢI CÁCH THỂ CHẾ", span: 6 }],
    [
      "1",
      "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh sau sắp xếp đơn vị hành chính",
      "Sở Tư pháp",
      "Quý II/2026",
      "Quyết định công bố kết quả rà soát",
      "Các sở, ban, ngành; UBND các xã, phường",
    ],
    ["2", "Triển khai Luật Tổ chức chính quyền địa phương năm 2025", "Sở Nội vụ", "Thường xuyên", "Báo cáo", "Các sở, ban, ngành"],
    ["a", "Hướng dẫn phân cấp, phân quyền cho cấp xã", "", "Tháng 6/2026", "Văn bản hướng dẫn", "UBND các xã, phường"],
    ["b", "Sơ kết 6 tháng vận hành chính quyền địa phương hai cấp", "Sở Nội vụ", "6 tháng đầu năm", "Báo cáo sơ kết", "Công an tỉnh"],
    [{ text: "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", span: 6 }],
    ["3", "Rà soát, cắt giảm thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "Trước ngày 30/6/2026", "Quyết định phê duyệt phương án đơn giản hóa", "Các sở, ban, ngành"],
    ["4", "Vận hành Trung tâm Phục vụ hành chính công tỉnh một cấp", "Văn phòng UBND tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "- Quý I/2026\n- Quý III/2026", "Báo cáo", "UBND các xã, phường"],
    [{ text: "III. CẢI CÁCH TỔ CHỨC BỘ MÁY", span: 6 }],
    ["5", "Sắp xếp đơn vị sự nghiệp công lập thuộc Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", "Năm 2026", "Đề án", "Sở Nội vụ; Sở Tài chính"],
    ["6", "Đánh giá tổ chức bộ máy các xã, phường sau sắp xếp", "Sở Nội vụ", { text: "Cả năm", merge: "start" }, "Báo cáo", "UBND các xã, phường"],
    ["7", "Tuyển dụng công chức cấp xã", "Sở Nội vụ", { text: "", merge: "continue" }, "Kế hoạch tuyển dụng", "UBND các xã, phường"],
    [{ text: "IV. CHUYỂN ĐỔI SỐ", span: 6 }],
    ["8", "Xây dựng Kho dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Tháng 9/2026", "Kho dữ liệu dùng chung", "Trung tâm Chuyển đổi số tỉnh; Các sở, ban, ngành"],
    ["9", "Số hóa hồ sơ địa chính", "Sở Nông nghiệp và Môi trường", "Theo tiến độ của Bộ Nông nghiệp và Môi trường", "Cơ sở dữ liệu đất đai", "Sở Khoa học và Công nghệ; UBND các xã, phường"],
    ["10", "Mở rộng thanh toán trực tuyến phí, lệ phí", "Sở Tài chính", "Quý IV/2026", "Báo cáo", "Kho bạc Nhà nước; UBND các xã, phường"],
  ];
  return [
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN",
    "Số: 88/KH-UBND",
    "Hòa Sơn, ngày 12 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Cải cách hành chính tỉnh Hòa Sơn năm 2026",
    "Phần I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "a) Tiếp tục đẩy mạnh cải cách hành chính gắn với chuyển đổi số sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.",
    "b) Nâng cao chất lượng phục vụ người dân, doanh nghiệp tại Trung tâm Phục vụ hành chính công tỉnh và các xã, phường.",
    "2. Yêu cầu",
    "Các cơ quan, đơn vị, địa phương xác định rõ nhiệm vụ, thời hạn, sản phẩm và người chịu trách nhiệm.",
    "Phần II. NHIỆM VỤ TRỌNG TÂM",
    "1. Cải cách thể chế",
    "Rà soát, sửa đổi các văn bản quy phạm pháp luật của tỉnh cho phù hợp với mô hình chính quyền địa phương hai cấp.",
    "2. Chuyển đổi số",
    "Xây dựng Kho dữ liệu dùng chung và kết nối các cơ sở dữ liệu chuyên ngành của tỉnh.",
    "Phần III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Nội vụ",
    "Là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp báo cáo kết quả thực hiện Kế hoạch này.",
    "2. Sở Khoa học và Công nghệ",
    "Chủ trì triển khai các nhiệm vụ chuyển đổi số, chính quyền số.",
    "PHỤ LỤC I",
    "CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    { table: targets },
    "PHỤ LỤC II",
    "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
    { table: tasks },
  ];
}

/** What the import must find: task ids, leads, cooperating sets, due dates; target values. */
export const SECOND_EXPECTED = {
  tasks: [
    ["1", ["so-tu-phap"], ["cac-so-ban-nganh", "ubnd-xa"], ["2026-06-30"]],
    ["2", ["so-noi-vu"], ["cac-so-ban-nganh"], [null]],
    ["2a", ["so-noi-vu"], ["ubnd-xa"], ["2026-06-30"]],
    ["2b", ["so-noi-vu"], ["cong-an-tinh"], ["2026-06-30"]],
    ["3", ["vp-ubnd-tinh"], ["cac-so-ban-nganh"], ["2026-06-30"]],
    ["4", ["vp-ubnd-tinh", "trung-tam-hcc"], ["ubnd-xa"], ["2026-03-31", "2026-09-30"]],
    ["5", ["so-nn-mt"], ["so-noi-vu", "so-tai-chinh"], ["2026-12-31"]],
    ["6", ["so-noi-vu"], ["ubnd-xa"], ["2026-12-31"]],
    ["7", ["so-noi-vu"], ["ubnd-xa"], ["2026-12-31"]],
    ["8", ["so-khcn"], ["trung-tam-chuyen-doi-so-tinh", "cac-so-ban-nganh"], ["2026-09-30"]],
    ["9", ["so-nn-mt"], ["so-khcn", "ubnd-xa"], [null]],
    ["10", ["so-tai-chinh"], ["kho-bac", "ubnd-xa"], ["2026-12-31"]],
  ].map(([id, lead, cooperating, due]) => ({ id: id as string, lead: lead as string[], cooperating: cooperating as string[], milestones: (due as (string | null)[]).map((d) => ({ due: d })) })),
  targets: [
    ["1", ["Tăng ít nhất 2 bậc so với năm 2025"]],
    ["2", ["Trên 85%"]],
    ["3", ["Nhóm khá trở lên"]],
    ["4", ["98%"]],
    ["5", ["80%", "60%"]],
  ].map(([id, values]) => ({ id: id as string, values: (values as string[]).map((value) => ({ value })) })),
};
