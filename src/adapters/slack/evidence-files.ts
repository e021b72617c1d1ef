import type { EvidenceFile } from "../../core/message.js";
import type { Logger } from "../../ports/logger.js";
import { EvidenceError, EVIDENCE_TEXTS, MAX_EVIDENCE_BYTES, saveEvidence } from "../evidence/save-evidence.js";
import type { AttachmentOf, SlackFile } from "./file-download.js";

const IMAGE = /\.(jpe?g|png|gif|webp|heic)$/i;

/**
 * Which shared files are evidence rather than a plan document: every image, and a PDF sent with words
 * naming a task ("nhiệm vụ 11 đã xong", "nv 11"), since a plan PDF comes alone or with other words.
 */
export function evidenceFiles(files: readonly SlackFile[] | undefined, text: string): SlackFile[] {
  const namesTask = /(nhi[eệ]m v[uụ]|\bnv|\btask)\s*#?\d/i.test(text);
  return (files ?? []).filter((f) => {
    const image = f.mimetype?.startsWith("image/") || IMAGE.test(f.name ?? "");
    const pdf = f.mimetype === "application/pdf" || /\.pdf$/i.test(f.name ?? "");
    return image || (pdf && namesTask);
  });
}

/** Downloads (with the bot token, through the plan-upload fetcher), checks and stores each file under DATA_DIR/evidence/. */
export async function keepEvidence(files: readonly SlackFile[], deps: { attachmentOf?: AttachmentOf; dataDir?: string; logger: Logger }): Promise<{ files: EvidenceFile[] } | { problem: string }> {
  if (!deps.attachmentOf || !deps.dataDir) return { problem: EVIDENCE_TEXTS.download_failed };
  const kept: EvidenceFile[] = [];
  for (const file of files) {
    try {
      if ((file.size ?? 0) > MAX_EVIDENCE_BYTES) throw new EvidenceError("too_large", "file over the size limit");
      const download = await deps.attachmentOf([file])?.download();
      if (!download) throw new EvidenceError("download_failed", "no file");
      kept.push(await saveEvidence(deps.dataDir, download.bytes, download.name));
    } catch (error) {
      const code = error instanceof EvidenceError ? error.code : "download_failed";
      deps.logger.warn({ err: (error as Error).message, code, file: file.id }, "slack: file not kept as evidence");
      return { problem: EVIDENCE_TEXTS[code] };
    }
  }
  return { files: kept };
}
