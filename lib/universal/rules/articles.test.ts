import { describe, expect, it } from "vitest";
import { articlesFor } from "./articles";

describe("articlesFor", () => {
  it("cites the objection first and the one-month answer second under the GDPR", () => {
    expect(articlesFor("eu-gdpr")).toEqual([
      "GDPR Art. 21(1)",
      "GDPR Art. 12(3)",
      "GDPR Art. 6(1)(f)",
      "GDPR Art. 12(2)",
      "GDPR Art. 12(4)",
      "GDPR Art. 18(1)(d)",
      "GDPR Art. 17(1)(c)",
      "GDPR Art. 19",
      "GDPR Art. 7(3)",
      "GDPR Art. 77",
    ]);
  });

  it("cites the UK GDPR, never the EU GDPR, for the United Kingdom", () => {
    const uk = articlesFor("uk-gdpr");
    expect(uk[0]).toBe("UK GDPR Art. 21(1)");
    expect(uk.every((a) => a.startsWith("UK GDPR Art. "))).toBe(true);
    expect(uk).toHaveLength(articlesFor("eu-gdpr").length);
  });

  it("cites both the GDPR and the FADP for Switzerland, without duplicates", () => {
    const ch = articlesFor("ch-fadp");
    expect(ch).toEqual(
      expect.arrayContaining([
        "GDPR Art. 21(1)",
        "GDPR Art. 12(3)",
        "FADP Art. 30(2)(b)",
        "FADP Art. 30(3)",
        "FADP Art. 32",
        "GDPR Art. 77",
      ]),
    );
    expect(new Set(ch).size).toBe(ch.length);
    expect(ch[0]).toBe("GDPR Art. 21(1)");
  });

  it("cites nothing outside scope", () => {
    expect(articlesFor("none")).toEqual([]);
  });

  it("never cites Art. 21(2)-(3), which are about direct marketing", () => {
    for (const regime of ["eu-gdpr", "ch-fadp", "uk-gdpr"] as const) {
      expect(articlesFor(regime).some((a) => /Art\. 21\([23]\)/.test(a))).toBe(false);
    }
  });
});
