import { describe, expect, it } from "vitest";
import {
  ALL_COUNTRY_CODES,
  COUNTRY_DECISIONS,
  TERRITORY_BASES,
  countryDecision,
  isKnownCountry,
  normalizeCountryCode,
} from "./countries";
import { ISO_3166_1_ALPHA_2 } from "./iso-3166";
import { AUTHORITIES } from "./authorities";

describe("the country table", () => {
  it("lists the 249 ISO 3166-1 alpha-2 codes, each once, upper case", () => {
    expect(ISO_3166_1_ALPHA_2).toHaveLength(249);
    expect(new Set(ISO_3166_1_ALPHA_2).size).toBe(249);
    for (const code of ISO_3166_1_ALPHA_2) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it("decides every accepted code exactly once and nothing else (no accidental default)", () => {
    expect(ALL_COUNTRY_CODES).toHaveLength(250);
    expect([...COUNTRY_DECISIONS.keys()].sort()).toEqual([...ALL_COUNTRY_CODES].sort());
  });

  it("accepts Kosovo's user-assigned code XK on purpose", () => {
    expect(isKnownCountry("XK")).toBe(true);
    expect(countryDecision("XK")).toEqual({ regime: "none", basis: "third-country", authority: null });
  });

  it.each(ALL_COUNTRY_CODES)("%s has an authority exactly when it is in scope", (code) => {
    const decision = countryDecision(code);
    expect(TERRITORY_BASES).toContain(decision.basis);
    if (decision.regime === "none") {
      expect(decision.authority).toBeNull();
    } else {
      expect(decision.authority).not.toBeNull();
      expect(AUTHORITIES[decision.authority!]).toBeDefined();
    }
  });

  it.each([
    ["GF", "FR"],
    ["GP", "FR"],
    ["MQ", "FR"],
    ["RE", "FR"],
    ["YT", "FR"],
    ["MF", "FR"],
    ["AX", "FI"],
  ])("sends residents of %s to the authority of %s", (code, authority) => {
    expect(countryDecision(code).authority).toBe(authority);
  });

  it.each([
    ["JE", "crown-dependency"],
    ["GG", "crown-dependency"],
    ["IM", "crown-dependency"],
    ["GI", "british-overseas-territory"],
    ["FO", "outside-eea-part-of-eea-state"],
    ["SJ", "outside-eea-part-of-eea-state"],
    ["GL", "overseas-country-territory"],
    ["BL", "overseas-country-territory"],
    ["MC", "european-microstate"],
    ["CA", "linkedin-training-outside-gdpr"],
    ["HK", "linkedin-training-outside-gdpr"],
    ["AX", "eu-special-territory"],
    ["YT", "eu-outermost-region"],
    ["NO", "eea-efta-state"],
  ])("records why %s is decided as it is (%s)", (code, basis) => {
    expect(countryDecision(code).basis).toBe(basis);
  });

  it.each([
    ["fr", true],
    [" Gb ", true],
    ["xk", true],
    ["UK", false],
    ["", false],
    ["FRA", false],
    [42, false],
    [null, false],
    [undefined, false],
  ])("isKnownCountry(%j) is %s", (code, known) => {
    expect(isKnownCountry(code)).toBe(known);
  });

  it("normalizes case and spaces but does not validate", () => {
    expect(normalizeCountryCode(" re ")).toBe("RE");
    expect(normalizeCountryCode("zz")).toBe("ZZ");
  });

  it("throws on an unknown code without echoing long input", () => {
    expect(() => countryDecision("ZZ")).toThrow(RangeError);
    expect(() => countryDecision("x".repeat(10_000))).toThrow(/^Unknown country code: "x{8}"$/);
  });
});
