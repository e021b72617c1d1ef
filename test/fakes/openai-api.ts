import { EventEmitter } from "node:events";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake model does with one request. */
export type FakeAnswer =
  | { kind: "structured"; value: unknown }
  | { kind: "content"; content: string }
  | { kind: "refusal"; refusal: string }
  /** An error status; `retryAfter` sends that Retry-After header (seconds) instead of a 1 ms retry-after-ms. */
  | { kind: "status"; status: number; retryAfter?: string }
  | { kind: "hang" };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Exactly what arrived, for searching for secrets. */
  raw: string;
  body: { model?: string; messages?: { role: string; content: string }[]; response_format?: unknown; [key: string]: unknown };
  /** The user's words, taken back out of the {"message": ...} wrapper the fallback sends. */
  message?: string;
}

/**
 * A fake OpenAI-compatible server on 127.0.0.1: POST <base>/chat/completions answers like the Chat
 * Completions API (choices[0].message.content or .refusal; errors as {error:{...}}). Answers come
 * from a queue, then from the responder; every request is recorded with its headers.
 */
export async function startFakeOpenAi(options: { responder?: (request: RecordedRequest) => FakeAnswer } = {}) {
  const requests: RecordedRequest[] = [];
  const queue: FakeAnswer[] = [];
  const events = new EventEmitter();
  let responder = options.responder ?? (() => modelAnswer({ intent: "unknown" }));

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
  const completion = (model: string | undefined, message: { content: string | null; refusal: string | null }) => ({
    id: `chatcmpl-fake${requests.length}`,
    object: "chat.completion",
    created: 1_684_000_000,
    model: model ?? "fake",
    choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: RecordedRequest["body"] = {};
      try {
        body = JSON.parse(raw) as RecordedRequest["body"];
      } catch {
        // Recorded as raw; the answer below says 400.
      }
      const user = body.messages?.find((m) => m.role === "user")?.content;
      let message: string | undefined;
      try {
        message = user ? (JSON.parse(user) as { message?: string }).message : undefined;
      } catch {
        message = user;
      }
      const request: RecordedRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, raw, body, message };
      requests.push(request);
      events.emit("request", request);
      if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) return send(res, 404, { error: { message: "not found", type: "invalid_request_error" } });
      if (!body.messages) return send(res, 400, { error: { message: "bad JSON", type: "invalid_request_error" } });
      const answer = queue.shift() ?? responder(request);
      switch (answer.kind) {
        case "hang":
          return; // Never answers; close() drops the socket.
        case "status":
          // retry-after-ms keeps a retry quick in tests (clients honour the header as OpenAI sends it).
          return send(
            res,
            answer.status,
            { error: { message: "fake failure", type: "server_error", code: null } },
            answer.retryAfter ? { "retry-after": answer.retryAfter } : { "retry-after-ms": "1" },
          );
        case "refusal":
          return send(res, 200, completion(body.model, { content: null, refusal: answer.refusal }));
        case "content":
          return send(res, 200, completion(body.model, { content: answer.content, refusal: null }));
        case "structured":
          return send(res, 200, completion(body.model, { content: JSON.stringify(answer.value), refusal: null }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    events,
    /** Answers for the next requests, in order, before the responder. */
    script: (...answers: FakeAnswer[]) => void queue.push(...answers),
    respond: (fn: (request: RecordedRequest) => FakeAnswer) => void (responder = fn),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
export type FakeOpenAi = Awaited<ReturnType<typeof startFakeOpenAi>>;

type AnswerFields = { intent: string; tasks?: string[]; targets?: string[]; agencies?: string[]; period?: string | null; status?: string | null; percent?: number | null };

/** A complete structured answer, every field present as strict mode requires; `extra` adds fields the schema lacks. */
export function modelAnswer(fields: AnswerFields, extra: Record<string, unknown> = {}): FakeAnswer {
  return { kind: "structured", value: { tasks: [], targets: [], agencies: [], period: null, status: null, percent: null, ...fields, ...extra } };
}
