import type { FeatureList } from "./text-features.js";

/** One training sentence: its features, its class, and the classes it may belong to at all. */
export interface Sample {
  features: FeatureList;
  label: number;
  /** A negative: the sentence is *not* of class `label` (pushes that class's probability down). */
  negative?: boolean;
  /** Classes whose requirements the sentence meets; the others get probability 0. */
  allowed: boolean[];
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
  /**
   * Average the weights of the last `average` share of epochs (Polyak–Ruppert averaging, 0 = off). The
   * average moves far less than the last SGD step when one example is added or the order changes, so a new
   * example line does not flip unrelated answers.
   */
  average?: number;
  /** Train this many times on differently shuffled orders and average the weights (1 = once). */
  seeds?: number;
  /** A feature's value (1 unless told): lets many weak features (character n-grams) count for less. */
  value?: (feature: string) => number;
}

/** Multinomial logistic regression (softmax) over sparse binary features. */
export interface Model {
  readonly classes: number;
  /** Probabilities over the classes (0 where not allowed); they sum to 1. */
  predict(features: FeatureList, allowed: boolean[]): number[];
  /** The trained weights, to be cached and restored with `modelFrom`. */
  weights(): ModelWeights;
}

/** Everything a trained model is: feature names (in index order), their values, weights and biases. */
export interface ModelWeights {
  classes: number;
  features: string[];
  values: number[];
  w: Float64Array;
  bias: Float64Array;
}

// A small seeded generator, so training is the same on every start and every machine.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), and a bit mixer (murmur3's finaliser). */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function softmax(z: Float64Array, allowed: boolean[]): number[] {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) if (allowed[k] && z[k]! > max) max = z[k]!;
  const p = new Array<number>(z.length).fill(0);
  if (max === -Infinity) return p;
  let sum = 0;
  for (let k = 0; k < z.length; k++) if (allowed[k]) sum += p[k] = Math.exp(z[k]! - max);
  for (let k = 0; k < z.length; k++) p[k]! /= sum;
  return p;
}

export function trainModel(samples: readonly Sample[], classes: number, options: TrainOptions = {}): Model {
  const { seeds = 1, seed = 13 } = options;
  if (seeds <= 1) return trainOnce(samples, classes, options);
  // Several shuffles averaged: no single example order decides a borderline sentence.
  const runs = Array.from({ length: seeds }, (_, i) => trainOnce(samples, classes, { ...options, seed: seed + i * 7919 }).weights());
  const [first] = runs;
  const w = new Float64Array(first!.w.length);
  const bias = new Float64Array(classes);
  for (const r of runs) {
    for (let j = 0; j < w.length; j++) w[j]! += r.w[j]! / seeds;
    for (let k = 0; k < classes; k++) bias[k]! += r.bias[k]! / seeds;
  }
  return modelFrom({ ...first!, w, bias });
}

function trainOnce(samples: readonly Sample[], classes: number, options: TrainOptions): Model {
  const { epochs = 20, rate = 0.2, l2 = 1e-3, seed = 13, value = () => 1, average = 0.5 } = options;
  const index = new Map<string, number>();
  const values: number[] = [];
  const encoded = samples.map((s) => s.features.map((f) => index.get(f) ?? (index.set(f, index.size), values.push(value(f)), index.size - 1)));
  const w = new Float64Array(index.size * classes);
  const bias = new Float64Array(classes);
  const random = mulberry32(seed);
  const order = samples.map((_, i) => i);
  const keys = samples.map((s) => hash32(`${s.label}${s.negative ? "-" : "+"}${s.features.join(" ")}`));
  const active = samples.map((s) => s.allowed.flatMap((on, k) => (on ? [k] : [])));
  const z = new Float64Array(classes);
  const sumW = new Float64Array(w.length);
  const sumBias = new Float64Array(classes);
  const firstAveraged = average > 0 ? Math.min(epochs - 1, Math.floor(epochs * (1 - average))) : epochs;
  const logits = (fs: number[]) => {
    z.set(bias);
    for (const f of fs) for (let k = 0, o = f * classes, x = values[f]!; k < classes; k++) z[k]! += x * w[o + k]!;
    return z;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    // Each sentence's place in an epoch comes from its own content and the epoch, not from how many others
    // there are: adding one example line inserts it into the order and leaves everyone else's order alone.
    const round = Math.floor(random() * 4294967296);
    const place = keys.map((k) => mix(k ^ round));
    order.sort((a, b) => place[a]! - place[b]! || a - b);
    const lr = rate / (1 + epoch * 0.1);
    for (const i of order) {
      const s = samples[i]!;
      const fs = encoded[i]!;
      const p = softmax(logits(fs), s.allowed);
      const c = s.label;
      // Cross-entropy for an example; -log(1 - p_c) for a negative (only when it is wrongly likely).
      const scale = s.negative ? (p[c]! < 0.2 ? 0 : p[c]! / Math.max(1 - p[c]!, 0.05)) : 1;
      if (!scale) continue;
      const g = p.map((pk, k) => (s.negative ? scale * ((k === c ? 1 : 0) - pk) : pk - (k === c ? 1 : 0)));
      // Only the classes the sentence may belong to move; the others keep their weights.
      const open = active[i]!;
      for (const k of open) bias[k]! -= lr * g[k]!;
      for (const f of fs) {
        const o = f * classes;
        const x = values[f]!;
        for (const k of open) w[o + k]! -= lr * (x * g[k]! + l2 * w[o + k]!);
      }
    }
    if (epoch >= firstAveraged) {
      for (let j = 0; j < w.length; j++) sumW[j]! += w[j]!;
      for (let k = 0; k < classes; k++) sumBias[k]! += bias[k]!;
    }
  }
  const n = epochs - firstAveraged;
  if (n > 0) {
    for (let j = 0; j < w.length; j++) w[j] = sumW[j]! / n;
    for (let k = 0; k < classes; k++) bias[k] = sumBias[k]! / n;
  }
  return modelFrom({ classes, features: [...index.keys()], values, w, bias });
}

/** A model from its weights (as trained, or as read back from a cache). */
export function modelFrom(m: ModelWeights): Model {
  const { classes, values, w, bias } = m;
  const index = new Map(m.features.map((f, i) => [f, i]));
  const z = new Float64Array(classes);
  return {
    classes,
    weights: () => m,
    predict(features, allowed) {
      z.set(bias);
      for (const f of features) {
        const at = index.get(f);
        if (at === undefined) continue;
        for (let k = 0, o = at * classes, x = values[at]!; k < classes; k++) z[k]! += x * w[o + k]!;
      }
      return softmax(z, allowed);
    },
  };
}
