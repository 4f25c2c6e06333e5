import { describe, expect, it } from "vitest";
import { swissSpelling, withSwissSpelling } from "./swiss-spelling";

describe("swissSpelling", () => {
  it("writes ss for ß, also in capitals", () => {
    expect(swissSpelling("Mit freundlichen Grüßen, gemäß Art. 21")).toBe(
      "Mit freundlichen Grüssen, gemäss Art. 21",
    );
    expect(swissSpelling("STRAẞE")).toBe("STRASSE");
  });
});

describe("withSwissSpelling", () => {
  const write = withSwissSpelling(
    (c: { guardianName: string | null; count: number }) =>
      `Gemäß Art. 30 vertritt mich ${c.guardianName ?? "niemand"} (${c.count} Grüße).`,
  );

  it("converts the wording but keeps the names people typed", () => {
    expect(write({ guardianName: "Anna Strauß", count: 2 })).toBe(
      "Gemäss Art. 30 vertritt mich Anna Strauß (2 Grüsse).",
    );
    expect(write({ guardianName: null, count: 1 })).toBe("Gemäss Art. 30 vertritt mich niemand (1 Grüsse).");
  });
});
