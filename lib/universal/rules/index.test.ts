import { describe, expect, it } from "vitest";
import * as rules from "./index";

describe("the rules library's public surface", () => {
  it.each([
    "assessEligibility",
    "regimeFor",
    "authorityFor",
    "leadAuthorityFor",
    "articlesFor",
    "controllerFor",
    "isKnownCountry",
  ] as const)("exports %s", (name) => {
    expect(typeof rules[name]).toBe("function");
  });

  it("exports the vocabulary and the country list", () => {
    expect(rules.ALL_COUNTRY_CODES).toContain("FR");
    expect(rules.REASON_CODES).toContain("outside-scope");
    expect(rules.REASON_KIND["outside-scope"]).toBe("blocker");
  });
});
