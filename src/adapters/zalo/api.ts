import axios, { type AxiosInstance } from "axios";
import type { Logger } from "../../ports/logger.js";
import { redactor } from "./errors.js";
import { retrying, retryAfterMs } from "../retry.js";

/** Every Zalo Bot API call ends in exactly one of these. Bugs throw; outcomes are values. */
export type ZaloOutcome<T> =
  | { kind: "ok"; result: T }
  /** 408 from getUpdates: the long poll ended with nothing new. */
  | { kind: "no_updates" }
  /** 401: the token is wrong or revoked; the channel must stop. */
  | { kind: "unauthorized"; description: string }
  /** 400, 404 and other answers that retrying will not change. */
  | { kind: "rejected"; code: number; description: string }
  /** 429, 5xx, 403 ("internal"), timeouts and network errors, still failing after the retries. */
  | { kind: "unavailable"; code?: number; description: string }
  | { kind: "aborted" };

export interface ZaloApiOptions {
  baseUrl: string;
  token: string;
  logger: Logger;
  /** Client timeout of every call unless the call sets its own. */
  timeoutMs?: number;
  /** Extra attempts for retryable failures. */
  retries?: number;
  /** First backoff delay; doubles on each retry, capped at maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  http?: AxiosInstance;
}

export interface CallOptions {
  timeoutMs?: number;
  retries?: number;
  signal?: AbortSignal;
}

export interface ZaloApi {
  call<T>(method: string, body?: Record<string, unknown>, options?: CallOptions): Promise<ZaloOutcome<T>>;
  /** Removes the token from any text (for messages built outside the API function). */
  redact(text: string): string;
}

type Attempt<T> = ZaloOutcome<T> | { kind: "retry"; code?: number; description: string; retryAfterMs?: number };

interface Envelope {
  ok?: unknown;
  result?: unknown;
  error_code?: unknown;
  description?: unknown;
}

function parseEnvelope(data: unknown): Envelope | undefined {
  if (typeof data !== "string" || data.trim() === "") return undefined;
  try {
    const parsed: unknown = JSON.parse(data);
    return parsed && typeof parsed === "object" ? (parsed as Envelope) : undefined;
  } catch {
    return undefined;
  }
}

/** Zalo's Retry-After, kept under a minute: a reply waiting longer is better given up and logged. */
function zaloRetryAfter(headers: Record<string, unknown>): number | undefined {
  const ms = retryAfterMs((name) => headers[name]);
  return ms ? Math.min(ms, 60_000) : undefined;
}

/** The body decides, whatever the HTTP status: Zalo has been seen to send errors with 200 and results with odd statuses. */
function classify<T>(method: string, status: number, data: unknown, headers: Record<string, unknown>): Attempt<T> {
  const body = parseEnvelope(data);
  if (body?.ok === true) return { kind: "ok", result: body.result as T };
  const bodyCode = typeof body?.error_code === "number" ? body.error_code : Number(body?.error_code);
  const code = Number.isFinite(bodyCode) && bodyCode > 0 ? bodyCode : status >= 300 ? status : 0;
  const description = typeof body?.description === "string" ? body.description : `HTTP ${status}`;
  if (code === 408 && method === "getUpdates") return { kind: "no_updates" };
  if (code === 401) return { kind: "unauthorized", description };
  if (code === 429 || code === 403 || code === 408 || code >= 500) {
    return { kind: "retry", code, description, retryAfterMs: zaloRetryAfter(headers) };
  }
  if (!body) return { kind: "retry", code: status, description: "response was not JSON" };
  return { kind: "rejected", code, description };
}

/** One function through which every Zalo Bot API call goes: POST JSON, timeout, retries, redaction. */
export function createZaloApi(options: ZaloApiOptions): ZaloApi {
  const redact = redactor(options.token);
  const http = options.http ?? axios.create();
  const base = options.baseUrl.replace(/\/+$/, "");
  const defaultTimeout = options.timeoutMs ?? 10_000;
  const defaultRetries = options.retries ?? 3;
  const backoff = options.backoffMs ?? 500;
  const maxBackoff = options.maxBackoffMs ?? 8_000;
  const log = options.logger;

  async function attempt<T>(method: string, body: Record<string, unknown>, timeout: number, signal?: AbortSignal): Promise<Attempt<T>> {
    try {
      const response = await http.post(`${base}/bot${options.token}/${method}`, body, {
        timeout,
        signal,
        headers: { "content-type": "application/json" },
        responseType: "text",
        transformResponse: (raw: unknown) => raw,
        validateStatus: () => true,
      });
      return classify<T>(method, response.status, response.data, response.headers as Record<string, unknown>);
    } catch (error) {
      if (signal?.aborted || axios.isCancel(error)) return { kind: "aborted" };
      // Never pass the axios error on: its config and request carry the URL, and so the token.
      const code = axios.isAxiosError(error) ? error.code : undefined;
      const timedOut = code === "ECONNABORTED" || code === "ETIMEDOUT";
      const detail = error instanceof Error ? error.message : String(error);
      return { kind: "retry", description: redact(timedOut ? `timeout after ${timeout} ms` : `${code ?? "network error"}: ${detail}`) };
    }
  }

  return {
    redact,
    async call<T>(method: string, body: Record<string, unknown> = {}, call: CallOptions = {}): Promise<ZaloOutcome<T>> {
      const result = await retrying<ZaloOutcome<T>, { code?: number; description: string }>(
        async () => {
          const outcome = await attempt<T>(method, body, call.timeoutMs ?? defaultTimeout, call.signal);
          if (outcome.kind === "retry") return { kind: "retry", failure: { code: outcome.code, description: redact(outcome.description) }, afterMs: outcome.retryAfterMs };
          if (outcome.kind === "unauthorized" || outcome.kind === "rejected") return { kind: "final", value: { ...outcome, description: redact(outcome.description) } };
          return { kind: "final", value: outcome };
        },
        {
          retries: call.retries ?? defaultRetries,
          backoffMs: (n) => Math.min(backoff * 2 ** n, maxBackoff) * (0.8 + Math.random() * 0.4),
          signal: call.signal,
          onRetry: ({ code, description }, attempt, delayMs) => log.warn({ method, code, description, attempt, delayMs: Math.round(delayMs) }, "zalo api call failed; retrying"),
        },
      );
      if (result.kind === "final") return result.value;
      if (result.kind === "aborted") return { kind: "aborted" };
      return { kind: "unavailable", ...result.failure };
    },
  };
}

/** One line for logs and errors, whatever the outcome. */
export function describeOutcome(outcome: ZaloOutcome<unknown>): string {
  return "description" in outcome ? outcome.description : outcome.kind;
}
