import type { Reply } from "../../message.js";
import type { AskContext } from "../context.js";
import { agency } from "./agency.js";
import { dutyPassages } from "./duty-passages.js";

export function duty(ctx: AskContext): Reply {
  const { plan } = ctx;
  const id = ctx.e.agencies[0]!;
  const own = plan.passages.some((p) => p.responsible?.includes(id));
  // "Cục Thuế có phải làm nhiệm vụ gì không?": no duty of its own in Mục V, so its appendix rows answer.
  if (!own && plan.ledBy(id).length + plan.cooperatedBy(id).length + plan.monitoredBy(id).length > 0) return agency(ctx);
  return dutyPassages(ctx);
}
