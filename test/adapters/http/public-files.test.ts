import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpServer, type HttpServer } from "../../../src/adapters/http/http-server.js";
import { createPublicFiles, PUBLIC_FILE_TTL_MS } from "../../../src/adapters/http/public-files.js";
import { silentLogger } from "../../../src/ports/logger.js";

let http: HttpServer | undefined;
afterEach(async () => void (await http?.close()));

describe("public files", () => {
  it("serves a published file by token and name until it expires, then 404", async () => {
    const dir = mkdtempSync(join(tmpdir(), "public-"));
    const path = join(dir, "bao cáo.csv");
    writeFileSync(path, "a,b\n");
    http = createHttpServer({ port: 0, host: "127.0.0.1", logger: silentLogger });
    const port = await http.listen();
    let now = 1_000_000;
    const files = createPublicFiles({ baseUrl: `http://127.0.0.1:${port}/`, http, logger: silentLogger, now: () => now });
    const url = files.publish({ path, name: "bao cáo.csv", mime: "text/csv" });
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/files/[A-Za-z0-9_-]{32}/bao%20c%C3%A1o\\.csv$`));
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("attachment");
    expect(await res.text()).toBe("a,b\n");
    expect(files.publish({ path, name: "bao cáo.csv", mime: "text/csv" })).not.toBe(url);
    now += PUBLIC_FILE_TTL_MS + 1;
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });
});
