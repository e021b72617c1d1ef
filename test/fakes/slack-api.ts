import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One Web API call the fake received, with its form/JSON arguments decoded. */
export interface FakeCall {
  method: string;
  params: Record<string, any>;
  /** Date.now() when it arrived. */
  at: number;
  authorization?: string;
}

export interface PostedMessage {
  ts: string;
  channel: string;
  thread_ts?: string;
  text?: string;
  blocks?: any[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/** What the next call to a method does instead of succeeding. `store` posts the message before failing. */
export type FakeFailure = { status: 429; retryAfter: number } | { status: 500 | 502 | 503; store?: boolean } | { hang: true; store?: boolean } | { error: string };

/** A file sent through files.getUploadURLExternal → upload URL → files.completeUploadExternal. */
export interface FakeUpload {
  id: string;
  filename: string;
  length: number;
  /** The raw body posted to the upload URL (multipart, as the SDK sends it). */
  body?: Buffer;
  /** Set by files.completeUploadExternal. */
  channel?: string;
  thread_ts?: string;
  title?: string;
}

/** A file users shared, served from url_private like files.slack.com (bot token required). */
export interface FakeSharedFile {
  id: string;
  name: string;
  size: number;
  mimetype: string;
  url_private: string;
  url_private_download: string;
  bytes: Buffer;
}

export interface FakeSlackApi {
  /** Base URL for SLACK_API_URL, ending in /api/. */
  url: string;
  /** Base URL for response_url values. */
  origin: string;
  calls: FakeCall[];
  posted: PostedMessage[];
  uploads: FakeUpload[];
  /** Files "shared" by users; `shareFile` adds one and returns it as events carry it. */
  shared: FakeSharedFile[];
  shareFile(name: string, bytes: Buffer, mimetype?: string): FakeSharedFile;
  failNext(method: string, ...failures: FakeFailure[]): void;
  /** What apps.connections.open returns (Socket Mode tests). */
  socketUrl?: string;
  callsTo(method: string): FakeCall[];
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<FakeCall[]>;
  close(): Promise<void>;
}

export const FAKE_BOT = { user_id: "UBOT0001", bot_id: "BBOT0001", team_id: "T0000001" };

function decode(body: string, contentType: string | undefined): Record<string, any> {
  if (contentType?.includes("application/json")) return JSON.parse(body || "{}") as Record<string, any>;
  const params: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}

async function read(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A fake Slack Web API on 127.0.0.1: records calls, keeps posted messages, fails on request. */
export async function createFakeSlackApi(): Promise<FakeSlackApi> {
  const failures = new Map<string, FakeFailure[]>();
  const waiters = new Set<() => void>();
  const hanging = new Set<IncomingMessage>();
  let seq = 0;
  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, "0")}`;

  const fake: FakeSlackApi = {
    url: "",
    origin: "",
    calls: [],
    posted: [],
    uploads: [],
    shared: [],
    shareFile(name, bytes, mimetype = "application/octet-stream") {
      const id = `F${String(++seq).padStart(8, "0")}`;
      const url = `${fake.origin}/files-pri/${FAKE_BOT.team_id}-${id}/${encodeURIComponent(name)}`;
      const file = { id, name, size: bytes.length, mimetype, url_private: url, url_private_download: `${url}?download=1`, bytes };
      fake.shared.push(file);
      return file;
    },
    failNext(method, ...list) {
      failures.set(method, [...(failures.get(method) ?? []), ...list]);
    },
    callsTo: (method) => fake.calls.filter((c) => c.method === method),
    waitFor(method, count = 1, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = fake.callsTo(method);
          if (found.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${count} × ${method}; got ${fake.callsTo(method).length}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () =>
      new Promise((resolve) => {
        for (const req of hanging) req.socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const store = (params: Record<string, any>): PostedMessage => {
    const message: PostedMessage = { ts: nextTs(), channel: params.channel, thread_ts: params.thread_ts, text: params.text, blocks: params.blocks, metadata: params.metadata };
    fake.posted.push(message);
    return message;
  };

  const answer = (method: string, params: Record<string, any>): Record<string, unknown> => {
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://fake.slack.test/", team: "Fake", user: "cchc", ...FAKE_BOT };
      case "chat.postMessage": {
        // Slack's own limits: 50 blocks, 3,000 characters a section, and about 13k characters of blocks in all.
        const blocks = (params.blocks ?? []) as any[];
        if (blocks.length > 50 || blocks.some((b) => b.type === "section" && String(b.text?.text ?? "").length > 3000)) return { ok: false, error: "invalid_blocks" };
        if (JSON.stringify(blocks).length > 13_000) return { ok: false, error: "msg_blocks_too_long" };
        const m = store(params);
        return { ok: true, channel: m.channel, ts: m.ts, message: { text: m.text, ts: m.ts } };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: nextTs() };
      case "views.open":
      case "views.publish":
        return { ok: true, view: { id: `V${++seq}`, ...params.view } };
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(params.users).slice(1)}` } };
      case "conversations.history":
      case "conversations.replies": {
        const oldest = Number(params.oldest ?? 0);
        const messages = fake.posted
          .filter((m) => m.channel === params.channel && Number(m.ts) >= oldest)
          .filter((m) => (method === "conversations.history" ? !m.thread_ts : m.thread_ts === params.ts || m.ts === params.ts))
          .map((m) => ({
            type: "message",
            ts: m.ts,
            text: m.text,
            bot_id: FAKE_BOT.bot_id,
            ...(params.include_all_metadata === "true" || params.include_all_metadata === true ? { metadata: m.metadata } : {}),
          }));
        return { ok: true, messages, has_more: false };
      }
      case "files.getUploadURLExternal": {
        const id = `F${String(++seq).padStart(8, "0")}`;
        fake.uploads.push({ id, filename: String(params.filename), length: Number(params.length) });
        return { ok: true, upload_url: `${fake.origin}/upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal": {
        const done = (params.files as { id: string; title?: string }[]).map((f) => {
          const upload = fake.uploads.find((u) => u.id === f.id);
          if (!upload?.body) return undefined;
          Object.assign(upload, { channel: params.channel_id, thread_ts: params.thread_ts, title: f.title });
          return { id: f.id, title: f.title };
        });
        return done.every(Boolean) ? { ok: true, files: done } : { ok: false, error: "file_not_found" };
      }
      case "files.info": {
        const file = fake.shared.find((f) => f.id === params.file);
        if (!file) return { ok: false, error: "file_not_found" };
        const { bytes: _bytes, ...info } = file;
        return { ok: true, file: info };
      }
      case "users.info":
        return {
          ok: true,
          user: {
            id: params.user,
            name: String(params.user).toLowerCase(),
            real_name: `Người dùng ${params.user}`,
            profile: { display_name: `Chị ${params.user}`, real_name: `Người dùng ${params.user}` },
          },
        };
      case "apps.connections.open":
        return fake.socketUrl ? { ok: true, url: fake.socketUrl } : { ok: false, error: "invalid_auth" };
      default:
        return { ok: false, error: "unknown_method" };
    }
  };

  const server: Server = createServer(async (req, res) => {
    const bytes = await read(req);
    const path = (req.url ?? "").split("?")[0] ?? "";
    if (path.startsWith("/upload/")) {
      const upload = fake.uploads.find((u) => u.id === path.slice(8));
      if (upload) upload.body = bytes;
      fake.calls.push({ method: "upload", params: { id: path.slice(8), bytes: bytes.length }, at: Date.now() });
      for (const waiter of [...waiters]) waiter();
      res.writeHead(upload ? 200 : 404, { "content-type": "text/plain" }).end(upload ? `OK - ${bytes.length}` : "not found");
      return;
    }
    if (path.startsWith("/files-pri/")) {
      const id = path.split("/")[2]?.split("-").pop();
      const file = fake.shared.find((f) => f.id === id);
      fake.calls.push({ method: "file_download", params: { id }, at: Date.now(), ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
      for (const waiter of [...waiters]) waiter();
      // Like files.slack.com: without a bot token the answer is the sign-in page, not the file.
      if (!req.headers.authorization?.startsWith("Bearer xoxb-")) return void res.writeHead(200, { "content-type": "text/html" }).end("<html>sign in</html>");
      if (!file) return void res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      res.writeHead(200, { "content-type": file.mimetype, "content-length": String(file.bytes.length) }).end(file.bytes);
      return;
    }
    const raw = bytes.toString("utf8");
    const method = path.startsWith("/api/") ? path.slice(5) : path.startsWith("/response/") ? "response_url" : path;
    const params = decode(raw, req.headers["content-type"]);
    fake.calls.push({ method, params, at: Date.now(), ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    for (const waiter of [...waiters]) waiter();
    const failure = failures.get(method)?.shift();
    res.setHeader("content-type", "application/json");
    if (failure && "status" in failure) {
      if (failure.status === 429) {
        res.writeHead(429, { "retry-after": String(failure.retryAfter) }).end(JSON.stringify({ ok: false, error: "ratelimited" }));
        return;
      }
      if (failure.store) answer(method, params);
      res.writeHead(failure.status).end("upstream error");
      return;
    }
    if (failure && "hang" in failure) {
      if (failure.store) answer(method, params);
      hanging.add(req);
      return;
    }
    if (failure && "error" in failure) {
      res.end(JSON.stringify({ ok: false, error: failure.error }));
      return;
    }
    res.end(JSON.stringify(method === "response_url" ? { ok: true } : answer(method, params)));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  fake.origin = `http://127.0.0.1:${port}`;
  fake.url = `${fake.origin}/api/`;
  return fake;
}
