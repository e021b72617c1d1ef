/**
 * A process racing for a data directory's lock, for the stale-lock test.
 * Prints "ready"; on each stdin line "go <epoch ms>" it waits until that moment (so that all racers
 * start together), tries the lock once and prints "won" or "lost <code>". A winner keeps the lock
 * until it is killed.
 */
import { createInterface } from "node:readline";
import { lockDataDir } from "../../../src/adapters/lowdb/dir-lock.js";
import { silentLogger } from "../../../src/ports/logger.js";

const dataDir = process.argv[2]!;
let holding = false;

createInterface({ input: process.stdin }).on("line", (line) => {
  const at = Number(line.split(" ")[1]);
  const race = async () => {
    while (Date.now() < at) await new Promise((resolve) => setImmediate(resolve));
    if (holding) return void process.stdout.write("held\n");
    try {
      await lockDataDir(dataDir, silentLogger);
      holding = true;
      process.stdout.write("won\n");
    } catch (err) {
      process.stdout.write(`lost ${(err as { code?: string }).code ?? (err as Error).message}\n`);
    }
  };
  setTimeout(() => void race(), Math.max(0, at - Date.now() - 5));
});
process.stdout.write("ready\n");
