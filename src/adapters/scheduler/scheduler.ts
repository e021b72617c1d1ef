import { Cron } from "croner";
import type { Clock } from "../../ports/clock.js";
import type { Logger } from "../../ports/logger.js";

export interface SchedulerDeps {
  clock: Clock;
  logger: Logger;
  /** The work of one tick; `first` is true until one run after start has completed without throwing. */
  tick: (now: Date, info: { first: boolean }) => Promise<unknown>;
  /** Croner pattern of the ticks; every minute by default. Six fields allow seconds (tests). */
  pattern?: string;
  timezone?: string;
}

export interface Scheduler {
  /** Starts ticking and runs once at once (catch-up); resolves when that first run is over. */
  start(): Promise<void>;
  /** Runs one tick now unless one is already running; resolves to false when skipped. */
  runNow(): Promise<boolean>;
  /** Stops ticking and waits for a run in progress. */
  stop(): Promise<void>;
  /** When croner will tick next; null before start and after stop. */
  nextTick(): Date | null;
  readonly running: boolean;
}

/**
 * One croner job ticking every minute, each tick calling the injected work (runDue) with the clock's
 * time. Ticks never overlap: a tick that finds the previous one still running is skipped.
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const log = deps.logger.child({ component: "scheduler" });
  let job: Cron | undefined;
  let current: Promise<void> | undefined;
  let first = true;
  let stopped = false;

  function runNow(): Promise<boolean> {
    if (stopped) return Promise.resolve(false);
    if (current) {
      log.debug("previous reminder run still in progress; tick skipped");
      return Promise.resolve(false);
    }
    const run = (async () => {
      try {
        await deps.tick(deps.clock.now(), { first });
        first = false;
      } catch (err) {
        log.error({ err }, "reminder run failed");
      }
    })();
    current = run.finally(() => {
      current = undefined;
    });
    return current.then(() => true);
  }

  return {
    async start() {
      if (job || stopped) return;
      job = new Cron(deps.pattern ?? "* * * * *", { timezone: deps.timezone ?? "UTC" }, () => {
        void runNow();
      });
      await runNow();
    },
    runNow,
    async stop() {
      stopped = true;
      job?.stop();
      await current;
    },
    nextTick: () => job?.nextRun() ?? null,
    get running() {
      return current !== undefined;
    },
  };
}
