import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ProgressRecord, State } from "../../../src/core/state.js";

/** A realistic progress record (about 400 bytes as JSON, Vietnamese text included). */
export function record(seq: number): ProgressRecord {
  return {
    seq,
    kind: "report",
    task: `T${(seq % 120) + 1}`,
    status: "in_progress",
    previousStatus: "not_started",
    percent: seq % 100,
    note: "Đã hoàn thành dự thảo kế hoạch, đang trình UBND tỉnh phê duyệt",
    evidence: { number: "123/KH-UBND", date: "2023-05-12" },
    user: "slack:U0123ABCD",
    agency: "Sở Nội vụ",
    channel: "slack:C0123",
    at: new Date(Date.UTC(2023, 0, 1) + seq * 60_000).toISOString(),
    text: `báo cáo nhiệm vụ ${seq % 120}: đang thực hiện, văn bản số 123/KH-UBND ngày 12/5/2023`,
  };
}

/** The mutation the crash child and the bench perform: one more record, numbered by state.seq. */
export function appendRecord(draft: State): number {
  draft.seq += 1;
  draft.records.push(record(draft.seq));
  return draft.seq;
}

export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cchc-store-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export { recordingLogger } from "../../fakes/recording-logger.js";
