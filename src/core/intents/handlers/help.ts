import { taskCount } from "../../render/task-count.js";
import { reply, t, type AskContext, handOff } from "../context.js";

export function help(ctx: AskContext) {
  const { plan } = ctx;
  // "Tóm tắt giúp tôi kế hoạch": the plan's summary, not what the bot can do.
  if (ctx.e.cues.has("summary") && !ctx.e.cues.has("help")) return handOff(ctx, "plan_summary");
  const rows = taskCount(plan.tasks, ctx.lang);
  const text = t(
    ctx,
    [
      `Tôi trả lời về ${plan.data.title} (${rows.n} nhiệm vụ${rows.note}, ${plan.targets.length} chỉ tiêu) và ghi nhận tiến độ. Bạn có thể hỏi:`,
      "• «Quý II có những nhiệm vụ nào?» — việc đến hạn theo quý, tháng, 6 tháng",
      "• «Ai chủ trì nhiệm vụ 13?» — chủ trì, phối hợp, sản phẩm, thời hạn",
      "• «Sở Tư pháp có nhiệm vụ gì?» — việc của một cơ quan",
      "• «Chỉ tiêu thanh toán trực tuyến bao nhiêu?» — chỉ tiêu Phụ lục 1",
      "• «Các nhiệm vụ cải cách thể chế» — theo lĩnh vực",
      "• «Sở Tài chính có trách nhiệm gì?», «Kinh phí lấy từ đâu?», «mục V.2» — nội dung Kế hoạch (mục tiêu, căn cứ, trách nhiệm), có trích dẫn",
      "• «Nhiệm vụ 11 đã hoàn thành, QĐ 123/QĐ-UBND ngày 10/3» — báo cáo tiến độ (cần được gán cơ quan)",
      "• «Nhiệm vụ nào quá hạn?», «hoàn tác» — theo dõi và sửa báo cáo",
    ].join("\n"),
    [
      `I answer questions about the ${plan.data.title} (${rows.n} tasks${rows.note}, ${plan.targets.length} targets) and record progress. Try:`,
      '• "What is due in Q2?"',
      '• "Who leads task 13?"',
      '• "What does the Department of Justice lead?"',
      '• "What is the online payment target?"',
      '• "What are the responsibilities of the Department of Finance?", "Where does the funding come from?" — the plan\'s text, with references',
      '• "task 11 done, decision 123/QĐ-UBND on 10/3" — report progress (you must be on the roster)',
    ].join("\n"),
  );
  return reply(ctx, "help", text);
}
