/**
 * Runs jobs with the same key one after another and jobs with different keys side by side: a Zalo
 * chat's replies, a Slack channel's posts, keep their order without holding up anyone else's.
 */
export interface KeyedQueue {
  /** Resolves or rejects with the job; a failed job does not stop the ones queued after it. */
  run<T>(key: string, job: () => Promise<T>): Promise<T>;
  /** Resolves when every job queued so far (and any queued meanwhile) has finished. */
  idle(): Promise<void>;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    run(key, job) {
      const run = (tails.get(key) ?? Promise.resolve()).then(job);
      const tail = run.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      // Dropped once settled, so an idle key costs nothing.
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return run;
    },
    async idle() {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
  };
}
