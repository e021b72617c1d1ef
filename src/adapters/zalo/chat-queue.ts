/** Runs jobs of the same chat one after another (replies keep their order) and different chats side by side. */
export interface ChatQueue {
  run(chatId: string, job: () => Promise<void>): Promise<void>;
  /** Resolves when every job queued so far has finished. */
  idle(): Promise<void>;
}

export function createChatQueue(onError: (error: unknown) => void): ChatQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    run(chatId, job) {
      const previous = tails.get(chatId) ?? Promise.resolve();
      const next = previous.then(job).catch(onError);
      tails.set(chatId, next);
      void next.then(() => {
        if (tails.get(chatId) === next) tails.delete(chatId);
      });
      return next;
    },
    async idle() {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
  };
}
