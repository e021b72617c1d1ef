import type { Bot } from "../core/bot-types.js";
import type { Logger } from "../ports/logger.js";
import type { Outbound } from "../ports/outbound.js";

/**
 * Delivers the notices a turn produced (a reporter told of a review decision) after the reply is
 * returned, so a slow or failing platform call never holds up the person who asked.
 */
export function withNotices(bot: Bot, outbound: () => Outbound, logger: Logger): Bot {
  return {
    ...bot,
    async handle(message) {
      const reply = await bot.handle(message);
      for (const notice of reply.notices ?? []) {
        const target = outbound();
        if (!target.handles(notice.address)) {
          logger.warn({ address: notice.address }, "notice: no channel delivers to this address");
          continue;
        }
        target
          .send(notice.address, { intent: "notice", text: notice.text, lang: "vi", tasks: [], targets: [] })
          .catch((err: unknown) => logger.error({ err, address: notice.address }, "notice: delivery failed"));
      }
      return reply;
    },
  };
}
