import type { EvidenceFile } from "../../core/message.js";
import type { Logger } from "../../ports/logger.js";
import { downloadEvidence, EvidenceError, EVIDENCE_TEXTS, saveEvidence } from "../evidence/save-evidence.js";
import type { ZaloMessage } from "./updates.js";

/** What the bot can take, for every message type it cannot (voice, sticker, link card, other files). */
export const CAN_TAKE =
  "Mình đọc được tin nhắn chữ và nhận ảnh (có thể kèm chú thích, ví dụ «nhiệm vụ 11 đã hoàn thành») làm minh chứng báo cáo; tin nhắn thoại, nhãn dán, thẻ liên kết và tệp khác thì chưa đọc được.";

/** Zalo has sent the photo as a URL string under `photo` or `photo_url`, or as an object with a url. */
export function photoUrl(message: ZaloMessage): string | undefined {
  const raw = message as Record<string, unknown>;
  for (const value of [raw.photo_url, raw.photo, raw.url, raw.image]) {
    const url = typeof value === "string" ? value : value && typeof value === "object" ? (value as { url?: unknown }).url : undefined;
    if (typeof url === "string" && /^https?:\/\//i.test(url)) return url;
  }
  return undefined;
}

function nameOf(url: string): string | undefined {
  try {
    const last = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
    return /\.(jpe?g|png|gif|webp|heic|pdf)$/i.test(last) ? last : undefined;
  } catch {
    return undefined;
  }
}

/** Downloads a photo message's image (capped, type-checked) into DATA_DIR/evidence/; a problem is one sentence for the user. */
export async function photoEvidence(message: ZaloMessage, deps: { dataDir: string; logger: Logger; timeoutMs?: number }): Promise<{ files: EvidenceFile[] } | { problem: string }> {
  const url = photoUrl(message);
  if (!url) return { problem: EVIDENCE_TEXTS.download_failed };
  try {
    const bytes = await downloadEvidence(url, { timeoutMs: deps.timeoutMs });
    return { files: [await saveEvidence(deps.dataDir, bytes, nameOf(url))] };
  } catch (error) {
    const code = error instanceof EvidenceError ? error.code : "download_failed";
    deps.logger.warn({ err: (error as Error).message, code }, "zalo: photo not kept as evidence");
    return { problem: EVIDENCE_TEXTS[code] };
  }
}
