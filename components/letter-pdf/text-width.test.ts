import { describe, expect, it } from "vitest";
import { fittingSize, textWidth, wrapLongWords } from "./text-width";

describe("text widths of the letter font", () => {
  it("measures ASCII from the font's advance widths and the rest on the wide side", () => {
    expect(textWidth("a", 10)).toBeCloseTo(5.36);
    expect(textWidth("W", 10, true)).toBeCloseTo(10.11);
    expect(textWidth("é", 10)).toBeGreaterThan(textWidth("e", 10));
  });

  it("keeps the preferred size when the line fits, shrinks it otherwise, and gives up below the minimum", () => {
    expect(fittingSize("zoe@example.org", 200, 9.5, 7)).toBe(9.5);
    const address = "zoe.lukasiewicz-orsted.mailbox@subdomain.example-company.org";
    const size = fittingSize(address, 200, 9.5, 5);
    expect(size).not.toBeNull();
    expect(textWidth(address, size ?? 0)).toBeLessThanOrEqual(200);
    expect(fittingSize(address, 100, 9.5, 7)).toBeNull();
  });

  it("cuts only words longer than the line, with line breaks and no hyphen", () => {
    expect(wrapLongWords("short words stay", 100, 10)).toBe("short words stay");
    const word = "x".repeat(100);
    const cut = wrapLongWords(`a ${word} b`, 100, 10);
    expect(cut.replace(/\n/g, "")).toBe(`a ${word} b`);
    expect(cut).not.toContain("-");
    for (const piece of wrapLongWords(word, 100, 10).split("\n"))
      expect(textWidth(piece, 10)).toBeLessThanOrEqual(100);
  });
});
