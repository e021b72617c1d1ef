import type { Reply } from "../message.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";
import { INTERRUPTED, claim, settle, type NewEntry, type Outcome } from "./ledger.js";
import { MORE_HOURS, moreKey, rememberMore } from "../paging/more.js";

export type Send = (address: string, reply: Reply) => Promise<void>;

export const CATCH_UP_LABEL = "(gửi bù)";
export const RESEND_LABEL = "(gửi lại)";

export interface DeliverDeps {
  now: Date;
  store: Store;
  send: Send;
  logger: Logger;
  /** A send still running after this long counts as failed, so one stuck channel cannot hold up the run. */
  sendTimeoutMs?: number;
}

export interface DeliveryResult {
  keys: string[];
  address: string;
  outcome: "sent" | "failed" | "skipped" | "empty";
  catchUp?: boolean;
  resend?: boolean;
  error?: string;
}

/** Puts the label in front of the first reply unless compose already wrote it. */
export function label(replies: Reply[], text: string): Reply[] {
  return replies.map((r, i) => (i === 0 && !r.text.includes(text) ? { ...r, text: `${text} ${r.text}` } : r));
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`send timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The exactly-once step shared by digests and nudges: claim the keys (pending, written before sending),
 * compose, send, then mark them sent or failed. Never throws for a failing compose or send.
 */
export async function deliver(deps: DeliverDeps, address: string, items: NewEntry[], compose: (flags: { catchUp: boolean; resend: boolean }) => Promise<Reply[]> | Reply[]): Promise<DeliveryResult> {
  const { now, store, logger } = deps;
  const keys = items.map((i) => i.key);
  const claimed = await store.update((draft) => claim(draft, items, now));
  if (!claimed) return { keys, address, outcome: "skipped" };
  const catchUp = claimed.some((e) => e.catchUp === true);
  const resend = claimed.some((e) => e.error?.startsWith(INTERRUPTED) ?? false);
  const log = logger.child({ keys, address, attempt: claimed[0]?.attempts });
  let replies: Reply[];
  try {
    replies = await compose({ catchUp, resend });
    if (catchUp) replies = label(replies, CATCH_UP_LABEL);
    if (resend) replies = label(replies, RESEND_LABEL);
    for (const reply of replies) await withTimeout(deps.send(address, reply), deps.sendTimeoutMs ?? 60_000);
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    await store
      .update((draft) => settle(draft, keys, { state: "failed", error }, now))
      .catch((e: unknown) => {
        log.error({ err: e }, "could not record a failed reminder; it stays pending until restart");
      });
    log.warn({ error }, "reminder failed; will retry with backoff");
    return { keys, address, outcome: "failed", catchUp, resend, error };
  }
  const tasks = [...new Set(replies.flatMap((r) => r.tasks))];
  const outcome: Outcome = replies.length === 0 ? { state: "dropped", error: "nothing to send" } : { state: "sent", tasks: items.some((i) => i.tasks) ? undefined : tasks };
  try {
    await store.update((draft) => {
      settle(draft, keys, outcome, now);
      // The digest's full list, for «xem tiếp» in that conversation (or a click on «Xem thêm»).
      for (const r of replies) if (r.continuation) rememberMore(draft, moreKey(address), { body: r.continuation, lang: r.lang, intent: r.intent }, now, MORE_HOURS.digest);
    });
  } catch (err) {
    // Sent but not marked: leaving it pending means it is not sent again until a restart decides.
    log.error({ err }, "reminder sent but the ledger write failed");
  }
  log.info({ replies: replies.length, catchUp, resend }, "reminder done");
  return { keys, address, outcome: replies.length === 0 ? "empty" : "sent", catchUp, resend };
}
