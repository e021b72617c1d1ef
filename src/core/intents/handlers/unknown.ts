import { reply, t, type AskContext } from "../context.js";

export function unknown(ctx: AskContext) {
  return reply(
    ctx,
    "unknown",
    t(
      ctx,
      `Xin lỗi, tôi chưa hiểu câu này. Tôi chỉ trả lời về ${ctx.plan.data.shortTitle} của tỉnh ${ctx.plan.data.province}. Bạn thử hỏi:\n• «Quý II có những nhiệm vụ nào?»\n• «Ai chủ trì nhiệm vụ 13?»\n• «Chỉ tiêu số hóa hồ sơ cấp xã bao nhiêu?»\nGõ «help» để xem thêm.`,
      `Sorry, I did not understand. I only answer about the ${ctx.plan.data.province} ${ctx.plan.data.shortTitle}. Try:\n• "What is due in Q2?"\n• "Who leads task 13?"\n• "What is the online payment target?"\nType "help" for more.`,
    ),
  );
}
