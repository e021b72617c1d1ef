import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileModelCache } from "../../src/adapters/model-cache-file.js";
import type { ModelWeights } from "../../src/core/intents/model.js";

const model: ModelWeights = { classes: 2, features: ["w:a", "c:^ab"], values: [1, 0.3], w: Float64Array.from([0.1, -1 / 3, Math.PI, 1e-300]), bias: Float64Array.from([0.25, -2 / 7]) };

describe("file model cache", () => {
  it("gives back the weights bit for bit, for the same key and build only", () => {
    const dir = mkdtempSync(join(tmpdir(), "model-cache-"));
    fileModelCache(dir, "b1")!.set("k", model);
    const back = fileModelCache(dir, "b1")!.get("k")!;
    expect([...back.w]).toEqual([...model.w]);
    expect([...back.bias]).toEqual([...model.bias]);
    expect(back.features).toEqual(model.features);
    expect(back.values).toEqual(model.values);
    expect(fileModelCache(dir, "b1")!.get("other")).toBeUndefined();
    expect(fileModelCache(dir, "b2")!.get("k")).toBeUndefined();
  });

  it("a damaged or truncated cache is a miss, not a crash", () => {
    const dir = mkdtempSync(join(tmpdir(), "model-cache-"));
    const cache = fileModelCache(dir, "b1")!;
    expect(cache.get("k")).toBeUndefined();
    cache.set("k", model);
    writeFileSync(join(dir, "intent-model.bin"), new Uint8Array(8));
    expect(cache.get("k")).toBeUndefined();
    writeFileSync(join(dir, "intent-model.json"), "{not json");
    expect(cache.get("k")).toBeUndefined();
  });

  it("is off when running from src/ (no build stamp)", () => {
    expect(fileModelCache()).toBeUndefined();
  });
});
