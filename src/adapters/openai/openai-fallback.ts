import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { Config } from "../../config.js";
import type { Language } from "../../core/intents/answer.js";
import type { Plan } from "../../core/plan/plan.js";
import type { Clock } from "../../ports/clock.js";
import type { Fallback, FallbackRequest, Interpretation } from "../../ports/fallback.js";
import type { Logger } from "../../ports/logger.js";
import { retryAfterMs, retrying } from "../retry.js";
import { answerSchema, toInterpretation } from "./answer-schema.js";
import { createCallLimits } from "./call-limits.js";
import { createPrompt } from "./prompt.js";

export interface OpenAiFallbackOptions {
  apiKey: string;
  /** An OpenAI-compatible server; the official API when absent. */
  baseURL?: string;
  model: string;
  plan: Plan;
  language: Language;
  logger: Logger;
  clock: Clock;
  dailyBudget: number;
  perUserPerMinute: number;
  /** The whole call, retry and any Retry-After wait included; about 8 s by default (the SDK's own default is 10 minutes). */
  timeoutMs?: number;
  /** Wait before the one retry when the server names none (default 500 ms). */
  retryDelayMs?: number;
  /** Where days begin for the daily budget (BOT_TIMEZONE). */
  timezone?: string;
}

export const DEFAULT_TIMEOUT_MS = 8_000;
const OFFICIAL_API = "https://api.openai.com/v1";

/** What the SDK itself would retry: rate limits, server errors, lock and request timeouts, a dropped connection. */
function retryable(error: unknown): boolean {
  if (error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) return false;
  if (error instanceof APIConnectionError) return true;
  return error instanceof APIError && error.status !== undefined && (error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500);
}

/** Why a call gave nothing; logged, never shown to users. */
type Outcome = "understood" | "unknown" | "refusal" | "empty" | "invalid_json" | "schema_mismatch" | "timeout" | "api_error";

/** Asks an OpenAI-compatible model what a message means; every failure is null, never a throw. */
export function createOpenAiFallback(options: OpenAiFallbackOptions): Fallback {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timezone = options.timezone ?? "Asia/Ho_Chi_Minh";
  const logger = options.logger.child({ component: "openai-fallback" });
  // Every option the SDK would otherwise read from process.env is given here: config.ts alone reads it.
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? OFFICIAL_API,
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
    timeout,
    // The SDK sleeps through any Retry-After (an hour, if asked) and no abort signal cuts that sleep:
    // retries are ours, and never wait past the call's deadline.
    maxRetries: 0,
    logLevel: "off",
  });
  const schema = answerSchema(options.plan, options.language);
  const responseFormat = zodResponseFormat(schema, "interpretation");
  const prompt = createPrompt(options.plan, options.language, timezone);
  const limits = createCallLimits({ clock: options.clock, timezone, dailyBudget: options.dailyBudget, perUserPerMinute: options.perUserPerMinute });

  /** One call, retried once when the server's wait (or ours) still fits before the deadline. */
  async function complete(request: FallbackRequest) {
    const signal = AbortSignal.timeout(timeout);
    const body = {
      model: options.model,
      messages: [
        { role: "system" as const, content: prompt.system(request.lang, options.clock.now()) },
        { role: "user" as const, content: prompt.user(request.text) },
      ],
      response_format: responseFormat,
    };
    const result = await retrying(
      async () => {
        try {
          return { kind: "final" as const, value: await client.chat.completions.create(body, { signal }) };
        } catch (error) {
          if (!retryable(error)) throw error;
          const headers = error instanceof APIError ? error.headers : undefined;
          return { kind: "retry" as const, failure: error, afterMs: retryAfterMs((name) => headers?.get(name)) };
        }
      },
      { retries: 1, backoffMs: () => options.retryDelayMs ?? 500, signal, deadline: Date.now() + timeout },
    );
    if (result.kind === "final") return result.value;
    throw result.kind === "aborted" ? new APIUserAbortError() : result.failure;
  }

  async function ask(request: FallbackRequest): Promise<{ outcome: Outcome; result: Interpretation | null; status?: number }> {
    try {
      const completion = await complete(request);
      const message = completion.choices[0]?.message;
      if (message?.refusal) return { outcome: "refusal", result: null };
      if (!message?.content) return { outcome: "empty", result: null };
      let json: unknown;
      try {
        json = JSON.parse(message.content);
      } catch {
        return { outcome: "invalid_json", result: null };
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) return { outcome: "schema_mismatch", result: null };
      const result = toInterpretation(parsed.data);
      return { outcome: result ? "understood" : "unknown", result };
    } catch (error) {
      if (error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) return { outcome: "timeout", result: null };
      return { outcome: "api_error", result: null, status: error instanceof APIError ? error.status : undefined };
    }
  }

  return {
    async interpret(request) {
      const admission = limits.admit(request.user);
      if (admission.kind !== "allowed") {
        logger.warn({ reason: admission.kind, usedToday: limits.usedToday(), dailyBudget: options.dailyBudget }, "fallback call skipped");
        return null;
      }
      const started = Date.now();
      const { outcome, result, status } = await ask(request);
      // Counts and outcome only: the user's text and the model's words are never logged.
      const fields = { outcome, ms: Date.now() - started, usedToday: limits.usedToday(), dailyBudget: options.dailyBudget, ...(status ? { status } : {}) };
      if (result || outcome === "unknown") logger.info(fields, "fallback call");
      else logger.warn(fields, "fallback call failed");
      return result;
    },
  };
}

/** The fallback the configuration asks for, or undefined when OPENAI_API_KEY is not set. */
export function fallbackFromConfig(config: Config, deps: { plan: Plan; language: Language; logger: Logger; clock: Clock }): Fallback | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  return createOpenAiFallback({
    ...deps,
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    dailyBudget: config.OPENAI_DAILY_BUDGET,
    perUserPerMinute: config.OPENAI_USER_PER_MINUTE,
    timezone: config.BOT_TIMEZONE,
  });
}
