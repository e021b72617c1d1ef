import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../../ports/logger.js";
import type { HttpServer } from "./http-server.js";

export const FILES_PREFIX = "/files/";
export const PUBLIC_FILE_TTL_MS = 24 * 60 * 60_000;

export interface PublicFile {
  path: string;
  name: string;
  mime: string;
}

/** Files the bot has made, reachable for a day at PUBLIC_URL/files/<token>/<name> (chat platforms fetch links, not bytes). */
export interface PublicFiles {
  publish(file: PublicFile): string;
}

interface Entry extends PublicFile {
  expiresAt: number;
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end("not found");
}

/**
 * Serves only what was published, by a 192-bit random token and the exact name: anything else, an
 * expired token or a directory is a plain 404, so the URL space tells nothing about what exists.
 */
export function createPublicFiles(options: { baseUrl: string; http: HttpServer; logger: Logger; ttlMs?: number; now?: () => number }): PublicFiles {
  const ttl = options.ttlMs ?? PUBLIC_FILE_TTL_MS;
  const now = options.now ?? Date.now;
  const base = options.baseUrl.replace(/\/+$/, "");
  const entries = new Map<string, Entry>();

  const prune = () => {
    for (const [token, e] of entries) if (e.expiresAt <= now()) entries.delete(token);
  };

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "").split("?")[0]!.slice(FILES_PREFIX.length);
    const [token, rawName, ...rest] = path.split("/");
    const entry = token ? entries.get(token) : undefined;
    let name: string | undefined;
    try {
      name = rawName === undefined ? undefined : decodeURIComponent(rawName);
    } catch {
      name = undefined;
    }
    if (!entry || rest.length > 0 || name !== entry.name || entry.expiresAt <= now()) return notFound(res);
    let size: number;
    try {
      const info = await stat(entry.path);
      if (!info.isFile()) return notFound(res);
      size = info.size;
    } catch {
      return notFound(res);
    }
    const inline = entry.mime.startsWith("image/");
    res.writeHead(200, {
      "content-type": entry.mime,
      "content-length": String(size),
      "content-disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") return void res.end();
    createReadStream(entry.path)
      .on("error", (err) => {
        options.logger.warn({ err, file: entry.name }, "public file: read failed");
        res.destroy();
      })
      .pipe(res);
  }

  options.http.routePrefix("GET", FILES_PREFIX, serve);
  options.http.routePrefix("HEAD", FILES_PREFIX, serve);
  return {
    publish(file) {
      prune();
      const token = randomBytes(24).toString("base64url");
      entries.set(token, { ...file, expiresAt: now() + ttl });
      return `${base}${FILES_PREFIX}${token}/${encodeURIComponent(file.name)}`;
    },
  };
}
