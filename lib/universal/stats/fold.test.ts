import { describe, expect, it } from "vitest";
import { foldSmallCounts, OTHER, sumByKey } from "./fold";

describe("foldSmallCounts", () => {
  it.each<{ name: string; input: Record<string, number>; output: Record<string, number> }>([
    { name: "keeps countries with 5 letters or more", input: { FR: 5, DE: 12 }, output: { DE: 12, FR: 5 } },
    {
      name: "folds a country with 4 letters into other",
      input: { FR: 10, LI: 4 },
      output: { FR: 10, other: 4 },
    },
    {
      name: "adds every small country into one other",
      input: { FR: 10, LI: 1, MT: 2, IS: 3 },
      output: { FR: 10, other: 6 },
    },
    { name: "hides a lone single letter", input: { LU: 1 }, output: { other: 1 } },
    { name: "drops zero counts without creating other", input: { FR: 7, DE: 0 }, output: { FR: 7 } },
    { name: "gives nothing for nothing", input: {}, output: {} },
    { name: "orders by count then code", input: { IT: 6, BE: 6, FR: 9 }, output: { FR: 9, BE: 6, IT: 6 } },
  ])("$name", ({ input, output }) => {
    const folded = foldSmallCounts(input);
    expect(folded).toEqual(output);
    expect(Object.keys(folded)).toEqual(Object.keys(output));
  });

  it("never shows a number below the threshold except the other total", () => {
    const folded = foldSmallCounts({ FR: 100, AT: 4, BE: 3, CY: 2, DK: 1, EE: 5 });
    for (const [key, count] of Object.entries(folded)) {
      if (key !== OTHER) expect(count).toBeGreaterThanOrEqual(5);
    }
    expect(folded[OTHER]).toBe(10);
  });

  it("keeps the total unchanged", () => {
    const input = { FR: 100, AT: 4, BE: 3, CY: 2 };
    const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(total(foldSmallCounts(input))).toBe(total(input));
  });

  it("honours a custom threshold", () => {
    expect(foldSmallCounts({ FR: 9, DE: 10 }, 10)).toEqual({ DE: 10, other: 9 });
  });
});

describe("sumByKey", () => {
  it("adds the rows of one key together", () => {
    const rows = [
      { country: "FR", count: 2 },
      { country: "DE", count: 1 },
      { country: "FR", count: 3 },
    ];
    expect(sumByKey(rows, (r) => r.country)).toEqual({ FR: 5, DE: 1 });
  });
});
