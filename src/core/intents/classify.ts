import type { IntentDefinition } from "./definition.js";

export interface Classification {
  intent: string;
  score: number;
  /** Score of the runner-up, for diagnostics (why one intent beat another). */
  runnerUp: number;
  features: Set<string>;
}

export interface Classifier {
  classify(features: Set<string>): Classification;
  readonly intents: readonly IntentDefinition[];
}

const holds = (condition: string[], features: Set<string>) =>
  condition.every((c) => (c.startsWith("-") ? !features.has(c.slice(1)) : features.has(c)));

export function createClassifier(intents: readonly IntentDefinition[]): Classifier {
  const sorted = [...intents].sort((a, b) => b.priority - a.priority);
  return {
    intents: sorted,
    classify(features) {
      const scored = sorted
        .filter((i) => i.when.some((c) => holds(c, features)))
        .map((i) => ({
          id: i.id,
          score: i.priority + Object.entries(i.prefer).reduce((s, [k, v]) => s + (features.has(k) ? v : 0), 0),
        }))
        .sort((a, b) => b.score - a.score);
      const [best, next] = scored;
      return { intent: best?.id ?? "unknown", score: best?.score ?? 0, runnerUp: next?.score ?? 0, features };
    },
  };
}
