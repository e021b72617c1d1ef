import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

/** A scripted failure for the next calls of one method. */
export type FakeFailure = "500" | "502-html" | "429" | "403" | "hang" | "401";

export interface FakeCall {
  method: string;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeZaloOptions {
  token: string;
  botId?: string;
  botName?: string;
  /** getMe's can_join_groups (default false, as for most bots while groups are in testing). */
  canJoinGroups?: boolean;
  /** When false, errors come back with HTTP 200 and only the body says so (Zalo has been seen doing both). */
  errorsAsHttpStatus?: boolean;
}

/**
 * A fake Zalo Bot API on 127.0.0.1, following bot.zaloplatforms.com/docs: POST /bot<token>/<method>,
 * {ok, result | error_code, description}; getUpdates long-polls one update and answers 408 when idle;
 * setWebhook probes the URL at once, as Zalo does.
 */
export async function startFakeZaloApi(options: FakeZaloOptions) {
  const botId = options.botId ?? "bot0000fake";
  const events = new EventEmitter();
  const calls: FakeCall[] = [];
  const sent: { chat_id: string; text: string; at: number }[] = [];
  const photos: { chat_id: string; photo: string; caption?: string; at: number }[] = [];
  const hosted = new Map<string, { bytes: Buffer; mime: string }>();
  const updates: unknown[] = [];
  const failures = new Map<string, FakeFailure[]>();
  const hung = new Set<ServerResponse>();
  const waiting = new Set<() => void>();
  let token = options.token;
  let webhook: { url: string; secret: string } | undefined;
  let polling = 0;
  let maxConcurrentPolls = 0;
  let nextId = 1;

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const fail = (res: ServerResponse, code: number, description: string) => reply(res, options.errorsAsHttpStatus === false ? 200 : code, { ok: false, error_code: code, description });
  const ok = (res: ServerResponse, result: unknown) => reply(res, 200, { ok: true, result });

  async function probe(url: string, secret: string): Promise<boolean> {
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-bot-api-secret-token": secret }, body: "{}" });
      return res.ok;
    } catch {
      return false;
    }
  }

  async function getUpdates(res: ServerResponse, body: Record<string, unknown>) {
    if (webhook) return fail(res, 400, "Webhook is active: getUpdates is not allowed");
    polling++;
    maxConcurrentPolls = Math.max(maxConcurrentPolls, polling);
    let closed = false;
    let wakeNow = () => {};
    res.once("close", () => ((closed = true), wakeNow()));
    try {
      const deadline = Date.now() + Number(body.timeout ?? 30) * 1000;
      while (updates.length === 0 && Date.now() < deadline && !closed) {
        await new Promise<void>((resolve) => {
          const wake = () => (clearTimeout(timer), waiting.delete(wake), resolve());
          const timer = setTimeout(wake, Math.max(1, deadline - Date.now()));
          waiting.add(wake);
          wakeNow = wake;
        });
      }
      if (closed) return;
      if (updates.length === 0) return fail(res, 408, "Request timeout");
      ok(res, updates.shift());
    } finally {
      polling--;
    }
  }

  async function handle(method: string, body: Record<string, unknown>, req: IncomingMessage, res: ServerResponse) {
    switch (method) {
      case "getMe":
        return ok(res, { id: botId, account_name: options.botName ?? "CCHC Bot", account_type: "BASIC", can_join_groups: options.canJoinGroups ?? false });
      case "getUpdates":
        return getUpdates(res, body);
      case "sendMessage": {
        const text = String(body.text ?? "");
        if (!body.chat_id || text.length < 1 || text.length > 2000) return fail(res, 400, "Bad request: text must be 1-2000 characters");
        sent.push({ chat_id: String(body.chat_id), text, at: Date.now() });
        return ok(res, { message_id: `m${nextId++}`, date: Date.now() });
      }
      case "sendPhoto": {
        const photo = String(body.photo ?? "");
        if (!body.chat_id || !/^https?:\/\//.test(photo)) return fail(res, 400, "Bad request: photo must be a URL");
        photos.push({ chat_id: String(body.chat_id), photo, ...(body.caption ? { caption: String(body.caption) } : {}), at: Date.now() });
        return ok(res, { message_id: `m${nextId++}`, date: Date.now() });
      }
      case "sendChatAction":
        return ok(res, true);
      case "setWebhook": {
        const url = String(body.url ?? "");
        const secret = String(body.secret_token ?? "");
        if (secret.length < 8 || secret.length > 256) return fail(res, 400, "secret_token must be 8-256 characters");
        if (!(await probe(url, secret))) return fail(res, 400, "Webhook URL did not answer");
        webhook = { url, secret };
        return ok(res, { url, updated_at: Date.now() });
      }
      case "deleteWebhook":
        webhook = undefined;
        return ok(res, { url: "", updated_at: Date.now() });
      case "getWebhookInfo":
        return ok(res, { url: webhook?.url ?? "", updated_at: Date.now() });
      default:
        // Echoes the path, token included, the way some servers do: the client must redact it.
        return fail(res, 404, `Not found: ${req.url}`);
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      // Files users sent (photo_url of an image message), served the way Zalo's CDN does.
      const file = req.method === "GET" ? hosted.get(req.url ?? "") : undefined;
      if (req.method === "GET") {
        if (!file) return void (res.writeHead(404), res.end());
        res.writeHead(200, { "content-type": file.mime, "content-length": String(file.bytes.length) });
        return void res.end(file.bytes);
      }
      const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? "");
      let body: Record<string, unknown> = {};
      try {
        body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
      } catch {
        return fail(res, 400, "Bad request: body is not JSON");
      }
      const method = match?.[2] ?? "";
      calls.push({ method, body, at: Date.now() });
      events.emit("call", method);
      if (!match || match[1] !== token) return fail(res, 401, "Unauthorized");
      const failure = failures.get(method)?.shift();
      if (failure === "hang") return void hung.add(res);
      if (failure === "502-html") return void (res.writeHead(502, { "content-type": "text/html" }), res.end("<html>Bad Gateway</html>"));
      if (failure) return fail(res, Number(failure.slice(0, 3)), failure === "403" ? "Internal server error" : `Injected ${failure}`);
      void handle(method, body, req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    sent,
    photos,
    events,
    /** Serves bytes at a URL on the fake's host, as Zalo's CDN serves a user's photo. */
    hostFile(name: string, bytes: Buffer, mime: string): string {
      const path = `/cdn/${nextId++}/${encodeURIComponent(name)}`;
      hosted.set(path, { bytes, mime });
      return `http://127.0.0.1:${port}${path}`;
    },
    get webhook() {
      return webhook;
    },
    get maxConcurrentPolls() {
      return maxConcurrentPolls;
    },
    count: (method: string) => calls.filter((c) => c.method === method).length,
    /** Queues a getUpdates result (one update, an array, or anything else to test tolerance). */
    queueUpdate(result: unknown) {
      updates.push(result);
      for (const wake of [...waiting]) wake();
    },
    failNext(method: string, ...kinds: FakeFailure[]) {
      failures.set(method, [...(failures.get(method) ?? []), ...kinds]);
    },
    /** Drops the failures still scripted for a method: the API works again. */
    heal(method: string) {
      failures.delete(method);
    },
    /** From now on the bot's token is refused with 401, as after a token reset in Zalo Bot Creator. */
    revokeToken() {
      token = `revoked-${Date.now()}`;
    },
    /** Pushes a body to the registered webhook; `secret: null` sends no header. */
    async deliver(body: unknown, opts: { secret?: string | null } = {}): Promise<{ status: number; text: string }> {
      if (!webhook) throw new Error("fake zalo: no webhook set");
      const secret = opts.secret === undefined ? webhook.secret : opts.secret;
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (secret !== null) headers["x-bot-api-secret-token"] = secret;
      const res = await fetch(webhook.url, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
      return { status: res.status, text: await res.text() };
    },
    async close() {
      for (const res of hung) res.destroy();
      for (const wake of [...waiting]) wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeZaloApi = Awaited<ReturnType<typeof startFakeZaloApi>>;
