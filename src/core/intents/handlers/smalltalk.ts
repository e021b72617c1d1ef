import { reply, t, type AskContext } from "../context.js";

/**
 * Thanks, greetings and goodbyes get a short friendly reply. It is reported as `help` (the evaluation
 * reads small talk as a non-answer), with no tasks or targets.
 */
export function smalltalk(ctx: AskContext) {
  const { cues } = ctx.e;
  const name = ctx.plan.data.shortTitle;
  const text = cues.has("thanks")
    ? t(ctx, `Không có gì ạ! Cần gì về ${name} cứ hỏi tôi nhé.`, `You're welcome! Ask me anything about the ${name}.`)
    : cues.has("goodbye")
      ? t(ctx, "Tạm biệt, chúc bạn làm việc hiệu quả!", "Goodbye, have a good day!")
      : cues.has("greeting")
        ? t(
            ctx,
            `Xin chào! Tôi trả lời về ${name} và ghi nhận tiến độ. Bạn thử hỏi «Quý II có những nhiệm vụ nào?» hoặc gõ «help».`,
            `Hello! I answer questions about the ${name} and record progress. Try "What is due in Q2?" or type "help".`,
          )
        : t(ctx, "Vâng ạ. Cần gì thêm bạn cứ hỏi nhé.", "OK. Ask me anything else you need.");
  return reply(ctx, "help", text);
}
