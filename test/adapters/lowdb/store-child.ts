/**
 * A second process for the lock and crash tests.
 *   probe <dir>: try to open the store; print {"ok":true} or {"code","message"} as one JSON line.
 *   burst <dir>: print "ready", then add records in bursts of concurrent updates forever, printing
 *                "ok <seq>" only after each update resolved (stdout to a pipe is synchronous on Linux).
 */
import { openFileStore } from "../../../src/adapters/lowdb/file-store.js";
import { StoreError } from "../../../src/adapters/lowdb/store-error.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { appendRecord } from "./support.js";

async function main(): Promise<void> {
  const [mode, dataDir] = process.argv.slice(2);
  if (!dataDir) throw new Error("usage: store-child probe|burst <dir>");
  if (mode === "probe") {
    try {
      const store = await openFileStore({ dataDir, logger: silentLogger });
      process.stdout.write(JSON.stringify({ ok: true }) + "\n");
      await store.close();
    } catch (err) {
      const code = err instanceof StoreError ? err.code : "UNEXPECTED";
      process.stdout.write(JSON.stringify({ code, message: (err as Error).message }) + "\n");
    }
    return;
  }
  // Small thresholds so that kills also land in checkpoints and backups.
  const store = await openFileStore({ dataDir, logger: silentLogger, backups: 3, checkpointEvery: 20, backupIntervalMs: 50 });
  process.stdout.write("ready\n");
  for (let burst = 1; ; burst = (burst % 8) + 1) {
    const updates = Array.from({ length: burst }, () => store.update(appendRecord).then((seq) => void process.stdout.write(`ok ${seq}\n`)));
    await Promise.all(updates);
  }
}

void main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
