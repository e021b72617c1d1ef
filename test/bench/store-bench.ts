/**
 * Cost of one `update` that appends one progress record, with 1k, 10k and 50k records already stored.
 * Run: npx tsx test/bench/store-bench.ts
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openFileStore } from "../../src/adapters/lowdb/file-store.js";
import { emptyState } from "../../src/core/state.js";
import { silentLogger } from "../../src/ports/logger.js";
import { appendRecord, record } from "../adapters/lowdb/support.js";

export interface StoreBenchRow {
  records: number;
  /** Milliseconds per update. */
  p50: number;
  p99: number;
  /** The slowest update: the one queued behind a checkpoint (snapshot rewrite) shows here. */
  max: number;
}

const SIZES = [1_000, 10_000, 50_000];
// More than one checkpoint interval (1000 updates), so a snapshot rewrite is among the samples.
const UPDATES = 1_200;

export async function storeBench(): Promise<StoreBenchRow[]> {
  const rows: StoreBenchRow[] = [];
  for (const size of SIZES) rows.push(await benchOne(size));
  return rows;
}

async function benchOne(size: number): Promise<StoreBenchRow> {
  // The OS temp dir: a real disk here (fsync costs what it costs in production), not a tmpfs.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "cchc-store-bench-"));
  try {
    const state = emptyState();
    for (let seq = 1; seq <= size; seq++) state.records.push(record(seq));
    state.seq = size;
    await writeFile(path.join(dataDir, "cchc-bot.json"), JSON.stringify({ ...state, commit: 0 }));
    const store = await openFileStore({ dataDir, logger: silentLogger });
    for (let i = 0; i < 20; i++) await store.update(appendRecord); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < UPDATES; i++) {
      const started = performance.now();
      await store.update(appendRecord);
      samples.push(performance.now() - started);
    }
    await store.close();
    samples.sort((a, b) => a - b);
    const at = (q: number) => round(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!);
    return { records: size, p50: at(0.5), p99: at(0.99), max: round(samples.at(-1)!) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await storeBench();
  console.log("store update (append one record), ms");
  console.table(rows);
}
