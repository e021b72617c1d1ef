import { sleep } from "./sleep.js";

/** One attempt's end: a value to return as it is, or a failure worth another try (after `afterMs`, when the server said). */
export type Attempt<T, F> = { kind: "final"; value: T } | { kind: "retry"; failure: F; afterMs?: number };

export type Retried<T, F> =
  | { kind: "final"; value: T }
  /** Still failing after the last attempt, or the next wait would pass the deadline. */
  | { kind: "exhausted"; failure: F }
  | { kind: "aborted"; failure: F };

export interface RetryPolicy<F> {
  /** Attempts after the first. */
  retries: number;
  /** Wait before retry `n` (0-based) when the failure came with no wait of its own. */
  backoffMs: (n: number) => number;
  /** Ends a wait at once (shutdown). */
  signal?: AbortSignal;
  /** Epoch ms no wait may reach past: a longer wait gives up instead, so a bound on the whole call holds. */
  deadline?: number;
  onRetry?: (failure: F, attempt: number, delayMs: number) => void;
}

/** The one retry loop: attempt, wait (the server's Retry-After or the backoff), again, within the retries and the deadline. */
export async function retrying<T, F>(attempt: (n: number) => Promise<Attempt<T, F>>, policy: RetryPolicy<F>): Promise<Retried<T, F>> {
  for (let n = 0; ; n++) {
    const result = await attempt(n);
    if (result.kind === "final") return result;
    const delayMs = Math.max(0, result.afterMs ?? policy.backoffMs(n));
    if (n >= policy.retries) return { kind: "exhausted", failure: result.failure };
    if (policy.deadline !== undefined && Date.now() + delayMs >= policy.deadline) return { kind: "exhausted", failure: result.failure };
    policy.onRetry?.(result.failure, n + 1, delayMs);
    if (!(await sleep(delayMs, policy.signal))) return { kind: "aborted", failure: result.failure };
  }
}

/** A server's wait, from Retry-After-Ms, or Retry-After in seconds or as an HTTP date; undefined when it gave none. */
export function retryAfterMs(header: (name: string) => unknown): number | undefined {
  const given = (name: string) => {
    const value = header(name);
    return value == null || value === "" ? undefined : String(value);
  };
  const ms = Number(given("retry-after-ms"));
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = given("retry-after");
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
