import { describe, expect, it } from "vitest";
import { fold } from "../../../src/core/language/normalise.js";

// Folded text is folded again on the way to every search: it must come back as it went in, and the
// shortcut for it must not skip a step that would still change it.
describe("fold", () => {
  it("leaves folded text as it is, and folds text with marks, capitals and punctuation", () => {
    expect(fold("nhiem vu nao den han quy 1")).toBe("nhiem vu nao den han quy 1");
    expect(fold("Nhiệm vụ nào đến hạn quý 1?")).toBe("nhiem vu nao den han quy 1");
    expect(fold("Sở TT&TT")).toBe("so tt va tt");
  });

  it("still spells «qui» as «quy» and collapses spaces in text that is otherwise plain", () => {
    expect(fold("qui 2 co gi")).toBe("quy 2 co gi");
    expect(fold("co gi qui")).toBe("co gi quy");
    expect(fold("quinh qui")).toBe("quinh quy");
    expect(fold(" quy  2 ")).toBe("quy 2");
    expect(fold("QUY 2")).toBe("quy 2");
  });
});
