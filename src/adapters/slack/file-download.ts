import type { Attachment } from "../../core/message.js";
import type { Logger } from "../../ports/logger.js";
import { readCapped } from "../evidence/save-evidence.js";
import type { SlackCaller } from "./slack-calls.js";

/** The parts of a Slack file object (message.files[], files.info) a download needs. */
export interface SlackFile {
  id: string;
  name?: string;
  title?: string;
  size?: number;
  mimetype?: string;
  url_private?: string;
  url_private_download?: string;
  /** "check_file_info": the event carries a stub; files.info has the rest. */
  file_access?: string;
}

const MAX_BYTES = 20 * 1024 * 1024;

export interface FileFetcherOptions {
  token: string;
  caller: Pick<SlackCaller, "call">;
  logger: Logger;
  /** SLACK_API_URL in tests: its host may serve files too (the fake Web API). */
  apiUrl?: string;
  timeoutMs?: number;
}

/**
 * A file shared with the bot, as a lazy attachment: nothing is fetched until the core decides to read it
 * (an admin's plan document). The bot token is sent only to Slack's own hosts.
 */
export function createFileFetcher(options: FileFetcherOptions) {
  const trusted = (url: URL) => url.hostname === "slack.com" || url.hostname.endsWith(".slack.com") || (options.apiUrl !== undefined && new URL(options.apiUrl).host === url.host);

  async function complete(file: SlackFile): Promise<SlackFile & { url: string }> {
    const direct = file.file_access === "check_file_info" ? undefined : (file.url_private_download ?? file.url_private);
    if (direct) return { ...file, url: direct };
    const info = await options.caller.call<{ file?: SlackFile }>("files.info", { file: file.id }, "rate-limit");
    const url = info.file?.url_private_download ?? info.file?.url_private;
    if (!url) throw new Error(`files.info gave no download URL for ${file.id}`);
    return { ...file, ...info.file, url };
  }

  async function download(stub: SlackFile): Promise<{ name: string; bytes: Buffer }> {
    const file = await complete(stub);
    const url = new URL(file.url);
    if (!trusted(url)) throw new Error(`refusing to send the bot token to ${url.host}`);
    const res = await fetch(url, { headers: { authorization: `Bearer ${options.token}` }, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    // Without files:read Slack answers with its sign-in page, not the file.
    if (!res.ok || (res.headers.get("content-type") ?? "").includes("text/html"))
      throw new Error(`file download failed: HTTP ${res.status} ${res.headers.get("content-type") ?? ""} (does the app have files:read?)`);
    // Streamed with a cap: a body past the limit is refused as it arrives (EvidenceError "too_large").
    const bytes = await readCapped(res, MAX_BYTES);
    return { name: file.name ?? file.title ?? file.id, bytes };
  }

  /** The first file of a message, as the core's Attachment. */
  return function attachmentOf(files: readonly SlackFile[] | undefined): Attachment | undefined {
    const file = files?.[0];
    if (!file?.id) return undefined;
    return {
      ...(file.name ? { name: file.name } : {}),
      ...(file.size !== undefined ? { size: file.size } : {}),
      download: () => download(file),
    };
  };
}

export type AttachmentOf = ReturnType<typeof createFileFetcher>;
