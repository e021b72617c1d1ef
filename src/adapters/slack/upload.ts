import { basename } from "node:path";
import type { webApi } from "@slack/bolt";
import type { Reply } from "../../core/message.js";
import type { Logger } from "../../ports/logger.js";
import { SlackAdapterError } from "./errors.js";

type Files = NonNullable<Reply["files"]>;

/** Uploads a reply's files into the conversation (and thread) it answers. */
export type Uploader = (target: { channel: string; thread_ts?: string }, files: Files) => Promise<void>;

/**
 * files.uploadV2: the SDK asks files.getUploadURLExternal for each file, posts the bytes to the URL it
 * gets, then shares them all with one files.completeUploadExternal. Not retried: a completion that timed
 * out may still have shared the files, and a second one would show them twice.
 */
export function createUploader(client: webApi.WebClient, logger: Logger): Uploader {
  return async (target, files) => {
    // Only files an adapter has written; an unresolved request ("export:…") has nothing to send.
    const real = files.filter((f) => f.path.startsWith("/"));
    if (real.length === 0) return;
    try {
      await client.filesUploadV2({
        channel_id: target.channel,
        ...(target.thread_ts ? { thread_ts: target.thread_ts } : {}),
        file_uploads: real.map((f) => ({ file: f.path, filename: f.name || basename(f.path), title: f.name || basename(f.path) })),
      });
      logger.info({ channel: target.channel, files: real.map((f) => f.name) }, "slack: files uploaded");
    } catch (error) {
      const slackError = (error as { data?: { error?: string } }).data?.error;
      throw new SlackAdapterError("slack_upload_failed", `files.uploadV2 to ${target.channel} failed: ${slackError ?? (error as Error).message}`, slackError, { cause: error });
    }
  };
}
