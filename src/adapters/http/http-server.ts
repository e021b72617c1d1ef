import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../../ports/logger.js";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
}

/**
 * Reads a request body up to `limit` bytes. Refuses early on Content-Length and stops reading
 * as soon as the stream passes the limit, so a huge body is never held whole.
 */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new BodyTooLargeError(`body of ${declared} bytes is over ${limit}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.destroy();
      throw new BodyTooLargeError(`body is over ${limit} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export interface HttpServer {
  route(method: string, path: string, handler: RouteHandler): void;
  /** A handler for every path under `prefix` (e.g. "/files/"); exact routes win. */
  routePrefix(method: string, prefix: string, handler: RouteHandler): void;
  listen(): Promise<number>;
  close(): Promise<void>;
  readonly server: Server;
}

/** The bot's one HTTP server: Slack events, the Zalo webhook and /healthz share it on PORT. */
export function createHttpServer(options: { port: number; host?: string; logger: Logger }): HttpServer {
  const routes = new Map<string, RouteHandler>();
  const prefixes: { method: string; prefix: string; handler: RouteHandler }[] = [];
  routes.set("GET /healthz", (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: true }));
  });
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const handler = routes.get(`${req.method} ${path}`) ?? prefixes.find((p) => p.method === req.method && path.startsWith(p.prefix))?.handler;
    if (!handler) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      options.logger.error({ err: error, path }, "http handler failed");
      if (!res.headersSent) {
        const tooLarge = error instanceof BodyTooLargeError;
        res.writeHead(tooLarge ? 413 : 500, { "content-type": "text/plain", connection: "close" });
        res.end(tooLarge ? "payload too large" : "internal error");
      }
    });
  });
  return {
    server,
    route(method, path, handler) {
      routes.set(`${method.toUpperCase()} ${path}`, handler);
    },
    routePrefix(method, prefix, handler) {
      prefixes.push({ method: method.toUpperCase(), prefix, handler });
    },
    listen() {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port, options.host ?? "0.0.0.0", () => {
          const address = server.address();
          resolve(typeof address === "object" && address ? address.port : options.port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      });
    },
  };
}
