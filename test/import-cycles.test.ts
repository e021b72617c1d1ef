import { expect, it } from "vitest";
import { importCircles, importGraph } from "./helpers/import-graph.js";

it("src/ has no import circle (type-only imports count too)", () => {
  const graph = importGraph("src");
  expect(graph.size).toBeGreaterThan(100);
  expect(importCircles(graph)).toEqual([]);
});

it("the circle finder finds a circle", () => {
  const graph = new Map([
    ["a.ts", ["b.ts"]],
    ["b.ts", ["c.ts"]],
    ["c.ts", ["a.ts", "d.ts"]],
    ["d.ts", []],
    ["e.ts", ["e.ts"]],
  ]);
  expect(importCircles(graph)).toEqual([["a.ts", "b.ts", "c.ts"], ["e.ts"]]);
});
