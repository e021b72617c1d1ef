import type { ModelWeights } from "../core/intents/model.js";

/**
 * Keeps trained intent models between starts: training reads every example against the plan (~0.5 s).
 * `key` is a hash of everything training reads (intents, vocabulary, plan, options); the adapter adds
 * the code's build, since a changed reader gives other features for the same examples.
 */
export interface ModelCache {
  get(key: string): ModelWeights | undefined;
  set(key: string, model: ModelWeights): void;
}
