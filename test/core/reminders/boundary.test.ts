import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dir = new URL("../../../src/core/reminders/", import.meta.url);

describe("core/reminders boundary", () => {
  it("imports no platform, storage engine or node: module, and never reads the host clock", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(new URL(file, dir), "utf8");
      expect(text, file).not.toMatch(/from "(node:[^"]+|fs|@slack\/bolt|axios|lowdb|openai)"/);
      expect(text, file).not.toMatch(/Date\.now\(|new Date\(\)/);
    }
  });
});
