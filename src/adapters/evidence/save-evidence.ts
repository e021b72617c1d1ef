import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { EvidenceFile } from "../../core/message.js";

/** Photos of signed decisions and scanned PDFs; anything bigger is not a document photo. */
export const MAX_EVIDENCE_BYTES = 15 * 1024 * 1024;

export type EvidenceProblem = "too_large" | "wrong_type" | "download_failed";

export class EvidenceError extends Error {
  override name = "EvidenceError";
  constructor(
    readonly code: EvidenceProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What users are told when a file cannot be kept, one line each. */
export const EVIDENCE_TEXTS: Record<EvidenceProblem, string> = {
  too_large: `Tệp lớn quá (tối đa ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB) nên chưa lưu được. Anh/chị gửi ảnh nhỏ hơn hoặc tệp PDF nén lại nhé.`,
  wrong_type: "Mình chỉ lưu được ảnh (JPG, PNG, GIF, WebP, HEIC) và tệp PDF làm minh chứng; tệp này chưa lưu được.",
  download_failed: "Mình chưa tải được tệp này về. Anh/chị vui lòng gửi lại sau ít phút.",
};

const TYPES: { kind: EvidenceFile["kind"]; mime: string; ext: string; test: (b: Buffer) => boolean }[] = [
  { kind: "image", mime: "image/jpeg", ext: "jpg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { kind: "image", mime: "image/png", ext: "png", test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { kind: "image", mime: "image/gif", ext: "gif", test: (b) => b.subarray(0, 4).toString("latin1") === "GIF8" },
  { kind: "image", mime: "image/webp", ext: "webp", test: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP" },
  { kind: "image", mime: "image/heic", ext: "heic", test: (b) => b.subarray(4, 8).toString("latin1") === "ftyp" && /^(heic|heix|mif1|heif)$/.test(b.subarray(8, 12).toString("latin1")) },
  { kind: "pdf", mime: "application/pdf", ext: "pdf", test: (b) => b.subarray(0, 5).toString("latin1") === "%PDF-" },
];

/** The type by the bytes themselves, never by the name or the sender's content type. */
export function sniffEvidence(bytes: Buffer): (typeof TYPES)[number] | undefined {
  return TYPES.find((t) => t.test(bytes));
}

/** Reads a response body up to `max` bytes; a longer body is refused as soon as it passes the limit. */
export async function readCapped(res: Response, max = MAX_EVIDENCE_BYTES): Promise<Buffer> {
  if (Number(res.headers.get("content-length") ?? 0) > max) throw new EvidenceError("too_large", "file over the size limit");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body ?? []) {
    size += (chunk as Uint8Array).length;
    if (size > max) throw new EvidenceError("too_large", "file over the size limit");
    chunks.push(Buffer.from(chunk as Uint8Array));
  }
  return Buffer.concat(chunks);
}

/** GETs a file with a size cap and a timeout. */
export async function downloadEvidence(url: string, options: { headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<Buffer> {
  let res: Response;
  try {
    res = await fetch(url, { headers: options.headers, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
  } catch (error) {
    throw new EvidenceError("download_failed", `download failed: ${(error as Error).message}`, { cause: error });
  }
  if (!res.ok) throw new EvidenceError("download_failed", `download failed: HTTP ${res.status}`);
  return readCapped(res);
}

/**
 * Keeps the bytes under DATA_DIR/evidence/<sha256>.<ext> (the same photo sent twice is one file) after
 * checking size and type; the name is the sender's, for display only.
 */
export async function saveEvidence(dataDir: string, bytes: Buffer, name?: string): Promise<EvidenceFile> {
  if (bytes.length > MAX_EVIDENCE_BYTES) throw new EvidenceError("too_large", "file over the size limit");
  const type = sniffEvidence(bytes);
  if (!type) throw new EvidenceError("wrong_type", "not an image or a PDF");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const dir = join(dataDir, "evidence");
  const path = join(dir, `${sha256}.${type.ext}`);
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(path, bytes);
  const shown = name?.trim() ? name.trim().replace(/[\\/]/g, "_").slice(0, 120) : `anh-${sha256.slice(0, 8)}.${type.ext}`;
  return { kind: type.kind, name: shown, mime: type.mime, sha256, path, size: bytes.length };
}
