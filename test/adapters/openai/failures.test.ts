import { describe, expect, test } from "vitest";
import { DEFAULT_TIMEOUT_MS } from "../../../src/adapters/openai/openai-fallback.js";
import { modelAnswer, type FakeAnswer } from "../../fakes/openai-api.js";
import { testBot } from "../../helpers/bot.js";
import { fakeOpenAi, fallbackFor } from "./support.js";

const TEXT = "who hands out last year's reform awards?";

const FAILURES: { name: string; answer: FakeAnswer; outcome: string; requests: number }[] = [
  { name: "invalid JSON", answer: { kind: "content", content: '{"intent": "task", "tasks": ["24"' }, outcome: "invalid_json", requests: 1 },
  { name: "a schema mismatch (missing fields)", answer: { kind: "structured", value: { intent: "task", tasks: ["24"] } }, outcome: "schema_mismatch", requests: 1 },
  { name: "a schema mismatch (an id the plan lacks)", answer: modelAnswer({ intent: "task", tasks: ["99"] }), outcome: "schema_mismatch", requests: 1 },
  { name: "a schema mismatch (an intent not offered)", answer: modelAnswer({ intent: "delete_everything" }), outcome: "schema_mismatch", requests: 1 },
  { name: "a refusal", answer: { kind: "refusal", refusal: "I'm sorry, I can't help with that." }, outcome: "refusal", requests: 1 },
  // maxRetries 1: the SDK tries once more, never twice.
  { name: "a 500", answer: { kind: "status", status: 500 }, outcome: "api_error", requests: 2 },
  { name: "a 401", answer: { kind: "status", status: 401 }, outcome: "api_error", requests: 1 },
];

describe("a failing model leaves the answer as it would be without one", () => {
  test.each(FAILURES)("$name", async ({ answer, outcome, requests }) => {
    const expected = await testBot().ask(TEXT);
    const fake = await fakeOpenAi({ responder: () => answer });
    const { fallback, logger } = fallbackFor(fake);
    const started = Date.now();
    const reply = await testBot({ fallback }).ask(TEXT);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(reply).toEqual(expected);
    expect(fake.requests).toHaveLength(requests);
    expect(logger.lines.find((l) => l.msg === "fallback call failed")?.obj.outcome).toBe(outcome);
  });

  test("a hang is cut at the timeout, retry included, and answered as without a model", async () => {
    const expected = await testBot().ask(TEXT);
    const fake = await fakeOpenAi({ responder: () => ({ kind: "hang" }) });
    const { fallback, logger } = fallbackFor(fake, { timeoutMs: 300 });
    const started = Date.now();
    const reply = await testBot({ fallback }).ask(TEXT);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1000);
    expect(reply).toEqual(expected);
    expect(logger.lines.find((l) => l.msg === "fallback call failed")?.obj.outcome).toBe("timeout");
  });

  test.each([
    { retryAfter: "3600", requests: 1 },
    { retryAfter: "30", requests: 1 },
    // A wait that fits in the bound is waited, once.
    { retryAfter: "0", requests: 2 },
  ])(
    "a 429 with Retry-After: $retryAfter is answered without the model, never after the wait the server asks",
    async ({ retryAfter, requests }) => {
      const expected = await testBot().ask(TEXT);
      const fake = await fakeOpenAi({ responder: () => ({ kind: "status", status: 429, retryAfter }) });
      const { fallback, logger } = fallbackFor(fake, { timeoutMs: 1500 });
      const reply = await testBot({ fallback }).ask(TEXT);
      expect(reply).toEqual(expected);
      expect(fake.requests).toHaveLength(requests);
      expect(logger.lines.find((l) => l.msg === "fallback call failed")?.obj).toMatchObject({ outcome: "api_error", status: 429 });
    },
    10_000,
  );

  test("the default timeout is about 8 seconds, well under the SDK's 10 minutes", () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(8000);
  });

  test("an unreachable server is an API error, not a crash", async () => {
    const fake = await fakeOpenAi();
    const baseURL = fake.baseURL;
    await fake.close();
    const { fallback, logger } = fallbackFor({ ...fake, baseURL }, { timeoutMs: 500 });
    expect(await fallback.interpret({ text: TEXT, user: "console:a", lang: "en" })).toBeNull();
    expect(logger.lines.find((l) => l.msg === "fallback call failed")?.obj.outcome).toMatch(/api_error|timeout/);
  });

  test("the model saying unknown is not a failure, and gives no proposal", async () => {
    const fake = await fakeOpenAi({ responder: () => modelAnswer({ intent: "unknown" }) });
    const { fallback, logger } = fallbackFor(fake);
    expect(await fallback.interpret({ text: "hôm nay ăn gì", user: "console:a", lang: "vi" })).toBeNull();
    expect(logger.lines.find((l) => l.msg === "fallback call")?.obj.outcome).toBe("unknown");
  });
});
