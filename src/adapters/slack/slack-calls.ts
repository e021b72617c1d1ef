import { setTimeout as delay } from "node:timers/promises";
import type { webApi } from "@slack/bolt";
import type { Logger } from "../../ports/logger.js";
import type { types } from "@slack/bolt";
import { createKeyedQueue } from "../keyed-queue.js";
import { retrying } from "../retry.js";
import { SlackAdapterError } from "./errors.js";

type WebClient = webApi.WebClient;

export interface SlackCallerOptions {
  /** A WebClient built with `retryConfig: { retries: 0 }` and `rejectRateLimitedCalls: true`: retries are ours. */
  client: WebClient;
  logger: Logger;
  /** Pause between two posts to one channel (Slack allows about one message a second per channel). */
  channelIntervalMs?: number;
  /** Attempts per call or post, counting verification lookups. */
  maxAttempts?: number;
  /** First back-off after a transient failure; doubles each time. */
  backoffMs?: number;
}

export interface PostArgs {
  channel: string;
  thread_ts?: string;
  text: string;
  blocks?: types.KnownBlock[];
}

type Failure = { kind: "rate_limited"; retryAfterMs: number } | { kind: "definite"; slackError: string } | { kind: "ambiguous"; detail: string };

// ok:false errors that Slack documents as transient: the operation may or may not have happened.
const TRANSIENT_PLATFORM = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"]);

function classify(error: unknown): Failure {
  const e = error as { code?: string; retryAfter?: number; data?: { error?: string }; statusCode?: number; message?: string };
  if (e.code === "slack_webapi_rate_limited_error") return { kind: "rate_limited", retryAfterMs: Math.max(0, (e.retryAfter ?? 1) * 1000) };
  if (e.code === "slack_webapi_platform_error") {
    const slackError = e.data?.error ?? "unknown";
    return TRANSIENT_PLATFORM.has(slackError) ? { kind: "ambiguous", detail: slackError } : { kind: "definite", slackError };
  }
  if (e.code === "slack_webapi_http_error") return { kind: "ambiguous", detail: `http ${e.statusCode}` };
  return { kind: "ambiguous", detail: e.message ?? String(error) };
}

const DELIVERY_EVENT_TYPE = "cchc_delivery";

/**
 * Every Web API call goes through here: a timeout on each request (set on the client), Slack's
 * Retry-After honoured, one post a second per channel, and no blind re-post. WebClient's own retries
 * are off because a chat.postMessage that timed out or got a 5xx may still have landed: re-sending it
 * would double the message. Each post carries its delivery key in message metadata; after an
 * ambiguous failure we look the key up in the channel (or thread) before posting again.
 */
export function createSlackCaller(options: SlackCallerOptions) {
  const { client, logger } = options;
  const interval = options.channelIntervalMs ?? 1000;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoff = (attempt: number) => (options.backoffMs ?? 500) * 2 ** (attempt - 1);
  const lanes = createKeyedQueue();
  const lastPost = new Map<string, number>();

  function inLane<T>(channel: string, work: () => Promise<T>): Promise<T> {
    return lanes.run(channel, async () => {
      const wait = (lastPost.get(channel) ?? 0) + interval - Date.now();
      if (wait > 0) await delay(wait);
      try {
        return await work();
      } finally {
        lastPost.set(channel, Date.now());
      }
    });
  }

  /** `safe`: also retried after 5xx/timeouts (reads, views.publish, conversations.open). */
  async function call<T = webApi.WebAPICallResult>(method: string, args: Record<string, unknown>, retry: "safe" | "rate-limit" = "safe"): Promise<T> {
    const unavailable = (failure: Failure, error: unknown) =>
      new SlackAdapterError("slack_unavailable", `${method} failed: ${failure.kind === "ambiguous" ? failure.detail : "rate limited"}`, undefined, { cause: error });
    const result = await retrying(
      async () => {
        try {
          return { kind: "final" as const, value: (await client.apiCall(method, args)) as T };
        } catch (error) {
          const failure = classify(error);
          if (failure.kind === "definite") throw new SlackAdapterError("slack_platform_error", `${method}: ${failure.slackError}`, failure.slackError);
          if (failure.kind === "ambiguous" && retry === "rate-limit") throw unavailable(failure, error);
          return { kind: "retry" as const, failure: { failure, error }, afterMs: failure.kind === "rate_limited" ? failure.retryAfterMs : undefined };
        }
      },
      {
        retries: maxAttempts - 1,
        backoffMs: (n) => backoff(n + 1),
        onRetry: ({ failure }, attempt) => logger.warn({ method, attempt, failure }, "slack call failed, retrying"),
      },
    );
    if (result.kind === "final") return result.value;
    throw unavailable(result.failure.failure, result.failure.error);
  }

  async function findPosted(message: PostArgs, key: string, sinceMs: number): Promise<string | undefined> {
    const window = { channel: message.channel, oldest: ((sinceMs - 10_000) / 1000).toFixed(6), inclusive: true, include_all_metadata: true, limit: 100 };
    type History = { messages?: Array<{ ts?: string; metadata?: { event_payload?: { key?: unknown } } }> };
    // No retries of its own on 5xx: the post loop below backs off and asks again.
    const result = message.thread_ts
      ? await call<History>("conversations.replies", { ...window, ts: message.thread_ts }, "rate-limit")
      : await call<History>("conversations.history", window, "rate-limit");
    return result.messages?.find((m) => m.metadata?.event_payload?.key === key)?.ts ?? undefined;
  }

  /** Posts one message exactly once (as far as Slack lets anyone know); resolves with its ts. */
  function post(message: PostArgs, key: string): Promise<string> {
    return inLane(message.channel, async () => {
      const since = Date.now();
      let unverified = false;
      for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
        if (unverified) {
          const found = await findPosted(message, key, since).then(
            (ts) => ({ known: true as const, ts }),
            () => ({ known: false as const, ts: undefined }),
          );
          if (found.ts) return found.ts;
          if (!found.known) {
            await delay(backoff(attempt));
            continue;
          }
          unverified = false;
        }
        try {
          const result = await client.chat.postMessage({
            ...message,
            unfurl_links: false,
            unfurl_media: false,
            metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { key } },
          });
          return result.ts ?? "";
        } catch (error) {
          const failure = classify(error);
          if (failure.kind === "definite") throw new SlackAdapterError("slack_platform_error", `chat.postMessage: ${failure.slackError}`, failure.slackError);
          logger.warn({ method: "chat.postMessage", channel: message.channel, attempt, failure }, "slack post failed");
          if (failure.kind === "rate_limited") await delay(failure.retryAfterMs);
          else {
            unverified = true;
            await delay(backoff(attempt));
          }
        }
      }
      throw new SlackAdapterError(unverified ? "slack_delivery_unknown" : "slack_unavailable", `chat.postMessage to ${message.channel} gave up after ${maxAttempts} attempts`);
    });
  }

  return { call, post };
}

export type SlackCaller = ReturnType<typeof createSlackCaller>;
