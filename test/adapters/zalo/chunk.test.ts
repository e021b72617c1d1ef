import { describe, expect, it } from "vitest";
import { splitText } from "../../../src/adapters/zalo/chunk.js";

function isWellFormed(s: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

describe("splitText", () => {
  it("keeps a short reply whole and never returns blank chunks", () => {
    expect(splitText("Xin chào")).toEqual(["Xin chào"]);
    expect(splitText("")).toEqual([]);
    expect(splitText(" \n\n \n")).toEqual([]);
  });

  it("splits on line boundaries into chunks of at most the limit, losing no line", () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i + 1}. Nhiệm vụ số ${i + 1} do Sở Tư pháp chủ trì`);
    const chunks = splitText(lines.join("\n"));
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(2000);
    expect(chunks.join("\n")).toBe(lines.join("\n"));
    for (const c of chunks) expect(lines).toContain(c.split("\n")[0]);
  });

  it("cuts a single over-long line at spaces, or hard, but never inside a surrogate pair", () => {
    const words = Array.from({ length: 700 }, () => "cải cách").join(" ");
    const parts = splitText(words);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(2000), expect(p.endsWith(" ")).toBe(false);
    expect(parts.join(" ")).toBe(words);

    const emoji = "😀".repeat(1500); // 3000 UTF-16 units, no spaces
    const pieces = splitText(emoji, 2001);
    for (const p of pieces) expect(isWellFormed(p)).toBe(true), expect(p.length).toBeLessThanOrEqual(2001);
    expect(pieces.join("")).toBe(emoji);
  });

  it("normalises CRLF and keeps blank lines inside a chunk", () => {
    expect(splitText("a\r\n\r\nb")).toEqual(["a\n\nb"]);
  });
});
