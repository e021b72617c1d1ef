import { z } from "zod";
import type { ReplyBody, ReplyItem } from "../message.js";

const fieldSchema = z.object({ label: z.string().optional(), value: z.string(), plain: z.boolean().optional() });

const itemSchema: z.ZodType<ReplyItem> = z.lazy(() =>
  z.object({
    kind: z.enum(["task", "target"]),
    id: z.string(),
    title: z.string(),
    lead: z.string().optional(),
    deadline: z.string().optional(),
    status: z.string().optional(),
    style: z.enum(["line", "card", "values"]).optional(),
    answer: z.string().optional(),
    head: z.string().optional(),
    fields: z.array(fieldSchema).optional(),
    subItems: z.array(itemSchema).optional(),
    notes: z.array(z.string()).optional(),
  }),
);

/** A stored reply body (the rest of a list kept for «xem tiếp»), checked like everything else in the store. */
export const replyBodySchema: z.ZodType<ReplyBody> = z.object({
  intro: z.string().optional(),
  sections: z.array(z.object({ head: z.string().optional(), items: z.array(itemSchema), foot: z.string().optional() })),
  outro: z.string().optional(),
});
