import { afterEach } from "vitest";
import { createOpenAiFallback, type OpenAiFallbackOptions } from "../../../src/adapters/openai/openai-fallback.js";
import { emptyState, type State } from "../../../src/core/state.js";
import type { Clock } from "../../../src/ports/clock.js";
import { startFakeOpenAi, type FakeOpenAi } from "../../fakes/openai-api.js";
import { recordingLogger } from "../../fakes/recording-logger.js";

export { recordingLogger };
import { fixedClock, language, plan } from "../../helpers/bot.js";

/** Recognisable fake secrets: tests search the wire for them. */
export const API_KEY = "sk-test-FAKEKEY-7f3a9c1e5b";
export const SLACK_TOKEN = "xoxb-fake-slack-0000-secret";
export const SLACK_SIGNING = "fake-signing-secret-4242";
export const ZALO_TOKEN = "9876543210:FakeZaloTokenQwerty";

const fakes: FakeOpenAi[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

/** A fake OpenAI server, closed after the test. */
export async function fakeOpenAi(...args: Parameters<typeof startFakeOpenAi>) {
  const fake = await startFakeOpenAi(...args);
  fakes.push(fake);
  return fake;
}

/** The real fallback, pointed at a fake, with short test timeouts and generous limits unless told. */
export function fallbackFor(fake: FakeOpenAi, options: Partial<OpenAiFallbackOptions> & { clock?: Clock } = {}) {
  const logger = recordingLogger();
  const fallback = createOpenAiFallback({
    apiKey: API_KEY,
    baseURL: fake.baseURL,
    model: "gpt-fake",
    plan,
    language,
    logger,
    clock: options.clock ?? fixedClock(),
    dailyBudget: 1000,
    perUserPerMinute: 1000,
    timeoutMs: 1500,
    ...options,
  });
  return { fallback, logger };
}

/** A store where the sender could really report on Sở Nội vụ's tasks, with one record already in it. */
export function seededState(): State {
  const state = emptyState();
  state.roster.push({ user: "console:alice", agency: "so-noi-vu", role: "member", name: "Nguyễn Thị Lan", addedAt: "2023-05-01T01:00:00.000Z" });
  state.records.push({
    seq: 1,
    kind: "report",
    task: "18",
    status: "in_progress",
    percent: 40,
    note: "ghi chú nội bộ: chờ ý kiến Sở Tài chính",
    user: "console:alice",
    agency: "so-noi-vu",
    channel: "console:test",
    at: "2023-05-10T02:00:00.000Z",
    text: "nv 18 đang làm 40%",
  });
  state.seq = 1;
  return state;
}
