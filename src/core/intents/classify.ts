import type { Entities } from "../language/entities.js";
import type { IntentDefinition } from "./definition.js";
import type { ModelCache } from "../../ports/model-cache.js";
import { modelFrom, trainModel, type Model, type Sample } from "./model.js";
import { textFeatures } from "./text-features.js";

export interface Classification {
  intent: string;
  /** The chosen intent's probability. */
  score: number;
  /** The runner-up and its probability: close to the winner means the bot should ask, not guess. */
  second?: string;
  runnerUp: number;
  /** False when the top probability is low or the runner-up close: ask or use the fallback. */
  confident: boolean;
  features: Set<string>;
}

export interface Classifier {
  classify(e: Entities, evidence: Set<string>): Classification;
  readonly intents: readonly IntentDefinition[];
}

/** What a sentence reads as: its entities and the evidence features found in them. */
export type Reader = (text: string) => { e: Entities; evidence: Set<string> };

const env = typeof process === "object" ? process.env : {};
const TUNING = env.NLU_TUNE ? (JSON.parse(env.NLU_TUNE) as Record<string, number>) : {};
const VALUES: Record<string, number> = { c: Number(env.NLU_C ?? 0.3), w: 1, b: Number(env.NLU_B ?? 0.5), e: Number(env.NLU_E ?? 1), p: Number(env.NLU_P ?? 1), len: 1 };
const featureValue = (f: string) => VALUES[f.slice(0, f.indexOf(":"))] ?? 1;

export const MIN_PROBABILITY = 0.45;
export const MIN_MARGIN = 0.12;

/** An intent applies only when what it needs is in the message (`requires`: any one list, all of it). */
export const applies = (intent: IntentDefinition, evidence: Set<string>) => !intent.requires.length || intent.requires.some((all) => all.every((f) => evidence.has(f)));

/** A short hash of a string (cyrb53): names a cache entry, not a security measure. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}

/** Trains on every intent's examples (and its negatives as "not this one"), deterministically. */
export function createClassifier(intents: readonly IntentDefinition[], read: Reader, cache?: { store: ModelCache; key: string }): Classifier {
  const key = cache && hashText(JSON.stringify([cache.key, VALUES, TUNING]));
  const cached = cache && key ? cache.store.get(key) : undefined;
  const model: Model = cached && cached.classes === intents.length ? modelFrom(cached) : train(intents, read);
  if (cache && key && !cached) cache.store.set(key, model.weights());
  const fixed = intents.findIndex((i) => i.id === "undo");

  return {
    intents,
    classify(e, evidence) {
      const allowed = intents.map((i) => applies(i, evidence));
      // "hoàn tác" means one thing: undo the last report. Not a question about it.
      if (fixed >= 0 && evidence.has("cue:undo") && !evidence.has("question")) {
        return { intent: "undo", score: 1, runnerUp: 0, confident: true, features: evidence };
      }
      const p = model.predict(textFeatures(e, evidence), allowed);
      let a = -1;
      let b = -1;
      for (let k = 0; k < p.length; k++) {
        if (a < 0 || p[k]! > p[a]!) [a, b] = [k, a];
        else if (b < 0 || p[k]! > p[b]!) b = k;
      }
      if (a < 0 || !p[a]) return { intent: "unknown", score: 0, runnerUp: 0, confident: false, features: evidence };
      const score = p[a]!;
      const runnerUp = b >= 0 ? p[b]! : 0;
      return {
        intent: intents[a]!.id,
        score,
        second: b >= 0 ? intents[b]!.id : undefined,
        runnerUp,
        confident: score >= MIN_PROBABILITY && score - runnerUp >= MIN_MARGIN,
        features: evidence,
      };
    },
  };
}

function train(intents: readonly IntentDefinition[], read: Reader): Model {
  const samples: Sample[] = [];
  intents.forEach((intent, label) => {
    const add = (text: string, negative: boolean) => {
      const { e, evidence } = read(text);
      samples.push({ features: textFeatures(e, evidence), label, negative, allowed: intents.map((i) => applies(i, evidence)) });
    };
    for (const x of intent.examples) add(x.text, false);
    for (const text of intent.negatives) add(text, true);
  });
  // An example its own intent's requirements exclude would teach nothing: let it count anyway.
  for (const s of samples) if (!s.negative) s.allowed[s.label] = true;
  return trainModel(samples, intents.length, { value: featureValue, ...TUNING });
}
