import { describe, expect, it } from "vitest";
import { countryInSentence } from "./country-phrase";

describe("a country's name inside a sentence", () => {
  it.each([
    ["GB", "en", "the United Kingdom"],
    ["NL", "en", "the Netherlands"],
    ["FO", "en", "the Faroe Islands"],
    ["AX", "en", "the Åland Islands"],
    ["FR", "en", "France"],
    ["DE", "en", "Germany"],
    ["GB", "fr", "Royaume-Uni"],
    ["NL", "fr", "Pays-Bas"],
  ])("%s in %s reads “%s”", (code, locale, expected) => {
    expect(countryInSentence(code, locale)).toBe(expected);
  });
});
