import { describe, expect, it } from "vitest";
import { ALL_COUNTRY_CODES } from "./countries";
import { countryName, sortByCountryName } from "./country-name";

describe("countryName", () => {
  it.each([
    ["FR", "fr", "France"],
    ["DE", "fr", "Allemagne"],
    ["DE", "en", "Germany"],
    ["GB", "fr", "Royaume-Uni"],
    ["CH", "en", "Switzerland"],
    ["re", "fr", "La Réunion"],
    ["XK", "en", "Kosovo"],
  ])("%s in %s is %s", (code, locale, name) => {
    expect(countryName(code, locale)).toBe(name);
  });

  it.each(ALL_COUNTRY_CODES)("names %s in both languages, not with the bare code", (code) => {
    expect(countryName(code, "fr")).not.toBe(code);
    expect(countryName(code, "en")).not.toBe(code);
  });

  it("returns the input for something that is not a two-letter code", () => {
    expect(countryName("abc", "en")).toBe("ABC");
  });

  it("falls back to English for an invalid language tag instead of throwing", () => {
    expect(countryName("DE", "not a locale!")).toBe("Germany");
  });

  it("sorts by the name in the page's language", () => {
    expect(sortByCountryName(["DE", "AT", "ES"], "fr")).toEqual(["DE", "AT", "ES"]); // Allemagne, Autriche, Espagne
    expect(sortByCountryName(["DE", "AT", "ES"], "en")).toEqual(["AT", "DE", "ES"]); // Austria, Germany, Spain
  });
});
