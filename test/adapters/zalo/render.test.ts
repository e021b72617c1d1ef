import { describe, expect, it } from "vitest";
import { CHOICE_HINT, createChoiceMemory, renderReply } from "../../../src/adapters/zalo/render.js";

const choices = [
  { label: "Nhiệm vụ 12", value: "nhiệm vụ 12" },
  { label: "Nhiệm vụ 13", value: "nhiệm vụ 13" },
];

describe("renderReply", () => {
  it("adds choices as numbered lines with a hint", () => {
    expect(renderReply({ text: "Chọn một:", choices })).toBe(`Chọn một:\n\n1. Nhiệm vụ 12\n2. Nhiệm vụ 13\n${CHOICE_HINT}`);
  });
  it("does not repeat choices the text already lists", () => {
    const text = "Chọn một:\n1. Nhiệm vụ 12\n2. Nhiệm vụ 13";
    expect(renderReply({ text, choices })).toBe(text);
  });
});

describe("choice memory", () => {
  it("maps a digit to the chat's last choices until they expire or are replaced", () => {
    let now = 0;
    const memory = createChoiceMemory({ ttlMs: 1000, now: () => new Date(now) });
    memory.remember("c1", choices);
    expect(memory.resolve("c1", " 2 ")).toBe("nhiệm vụ 13");
    expect(memory.resolve("c1", "1.")).toBe("nhiệm vụ 12");
    expect(memory.resolve("c1", "3")).toBeUndefined();
    expect(memory.resolve("c1", "2 cái")).toBeUndefined();
    expect(memory.resolve("c2", "1")).toBeUndefined();
    now = 1000;
    expect(memory.resolve("c1", "1")).toBeUndefined();
    now = 0;
    memory.remember("c1", choices);
    memory.remember("c1", undefined);
    expect(memory.resolve("c1", "1")).toBeUndefined();
  });
});
