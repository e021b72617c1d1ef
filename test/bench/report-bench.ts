/**
 * What a progress report costs THROUGH the bot (`bot.handle`, the file store on disk, the plan's scoped
 * store, the CLI's composition), with 1k, 10k and 50k reports already stored, and what a status
 * question right after a write costs. Run: npx tsx test/bench/report-bench.ts
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadPlanFile } from "../../src/adapters/plan-file.js";
import { composeCore } from "../../src/compose.js";
import { loadConfig } from "../../src/config.js";
import { emptyState, type ProgressRecord, type Status } from "../../src/core/state.js";
import { silentLogger } from "../../src/ports/logger.js";

export interface ReportBenchRow {
  stored: number;
  "report p50 ms": number;
  "report p99 ms": number;
  /** The slowest report: the one queued behind a checkpoint (snapshot rewrite) shows here. */
  "report max ms": number;
  /** CPU time per report: what the history costs the process, apart from waiting on the disk's fsync. */
  "report CPU ms": number;
  "status p50 ms": number;
  "status p99 ms": number;
  "open ms": number;
}

const SIZES = [1_000, 10_000, 50_000];
// More than one checkpoint interval (1000 updates), so a snapshot rewrite is among the samples.
const REPORTS = 1_050;
const USER = "console:bench";
const STATUSES: Status[] = ["not_started", "in_progress", "done", "blocked"];

export async function reportBench(sizes = SIZES, reports = REPORTS): Promise<ReportBenchRow[]> {
  const rows: ReportBenchRow[] = [];
  for (const size of sizes) rows.push(await benchOne(size, reports));
  return rows;
}

async function benchOne(size: number, reports: number): Promise<ReportBenchRow> {
  // The OS temp dir: a real disk here (fsync costs what it costs in production), not a tmpfs.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "cchc-report-bench-"));
  const tasks = loadPlanFile().tasks.map((t) => t.id);
  try {
    await writeFile(path.join(dataDir, "cchc-bot.json"), JSON.stringify(seeded(size, tasks)));
    const config = loadConfig({ DATA_DIR: dataDir, BOT_ADMINS: USER, LOG_LEVEL: "silent" });
    let now = new Date("2023-06-01T09:00:00+07:00");
    const clock = { now: () => now };
    const opening = performance.now();
    const core = await composeCore({ config, clock, logger: silentLogger });
    const openMs = performance.now() - opening;
    const ask = (text: string) => core.bot.handle({ channel: "console:bench", user: USER, text, at: now });
    const reportTimes: number[] = [];
    const statusTimes: number[] = [];
    let cpu = 0;
    for (let i = 0; i < reports + 20; i++) {
      now = new Date(now.getTime() + 60_000);
      const task = tasks[i % tasks.length]!;
      const cpu0 = process.cpuUsage();
      const started = performance.now();
      const reply = await ask(`nhiệm vụ ${task} đang thực hiện, được ${(i % 90) + 5}%`);
      const reported = performance.now();
      const used = process.cpuUsage(cpu0);
      const status = await ask(`tiến độ nhiệm vụ ${task}`);
      const asked = performance.now();
      // The bench measures the real path only: a reply that stored nothing would make it look cheap.
      if (reply.intent !== "progress_update" || status.intent !== "progress") throw new Error(`unexpected reply: ${reply.intent} / ${status.intent}: ${reply.text}`);
      if (i < 20) continue; // warm-up
      reportTimes.push(reported - started);
      cpu += (used.user + used.system) / 1000;
      statusTimes.push(asked - reported);
    }
    await core.store.close();
    const r = quantiles(reportTimes);
    const s = quantiles(statusTimes);
    return {
      stored: size,
      "report p50 ms": r.p50,
      "report p99 ms": r.p99,
      "report max ms": r.max,
      "report CPU ms": round(cpu / reportTimes.length),
      "status p50 ms": s.p50,
      "status p99 ms": s.p99,
      "open ms": round(openMs),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A snapshot holding `size` reports on the plan's real tasks, as the bot itself writes them. */
function seeded(size: number, tasks: string[]) {
  const state = emptyState();
  const start = Date.parse("2023-01-02T01:00:00Z");
  for (let seq = 1; seq <= size; seq++) {
    const record: ProgressRecord = {
      seq,
      kind: "report",
      task: tasks[seq % tasks.length]!,
      status: STATUSES[seq % STATUSES.length]!,
      previousStatus: STATUSES[(seq + 1) % STATUSES.length]!,
      percent: seq % 100,
      note: "Đã hoàn thành dự thảo kế hoạch, đang trình UBND tỉnh phê duyệt",
      user: "slack:U0123ABCD",
      agency: "so-noi-vu",
      channel: "slack:C0123",
      at: new Date(start + seq * 60_000).toISOString(),
      text: `báo cáo nhiệm vụ ${tasks[seq % tasks.length]}: đang thực hiện, văn bản số 123/KH-UBND ngày 12/5/2023`,
    };
    state.records.push(record);
  }
  state.seq = size;
  return { ...state, commit: 0 };
}

function quantiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return { p50: at(0.5), p99: at(0.99), max: round(sorted.at(-1)!) };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const sizes = process.argv[2] ? process.argv[2].split(",").map(Number) : SIZES;
  console.log("progress report through bot.handle, then a status question, ms");
  console.table(await reportBench(sizes, Number(process.argv[3] ?? REPORTS)));
}
