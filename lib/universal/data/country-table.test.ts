import { describe, expect, it } from "vitest";
import { ALL_COUNTRY_CODES, countryDecision } from "./countries";
import { countryForEnter, searchCountries } from "./country-search";
import { countryTable, coveredCountryNames, LOCAL_COUNTRY } from "./country-table";
import { LOCALES } from "@/lib/universal/i18n/locales";

describe("countryTable", () => {
  for (const locale of LOCALES) {
    it(`${locale}: every code once, covered countries first, each group in alphabetical order`, () => {
      const table = countryTable(locale);
      expect(table.map((e) => e.code).sort()).toEqual([...ALL_COUNTRY_CODES].sort());
      const firstOther = table.findIndex((e) => !e.covered);
      expect(firstOther).toBeGreaterThan(30);
      expect(table.slice(firstOther).every((e) => !e.covered)).toBe(true);
      for (const entry of table) expect(entry.covered).toBe(countryDecision(entry.code).regime !== "none");
      const collator = new Intl.Collator(locale);
      for (const group of [table.slice(0, firstOther), table.slice(firstOther)])
        for (let i = 1; i < group.length; i++)
          expect(collator.compare(group[i - 1]!.name, group[i]!.name)).toBeLessThanOrEqual(0);
      expect(table.find((e) => e.code === LOCAL_COUNTRY[locale])?.covered).toBe(true);
    });
  }

  it("names countries in the page's language", () => {
    expect(countryTable("fr").find((e) => e.code === "DE")?.name).toBe("Allemagne");
    expect(countryTable("en").find((e) => e.code === "DE")?.name).toBe("Germany");
    expect(countryTable("de").find((e) => e.code === "CH")?.name).toBe("Schweiz");
    expect(countryTable("it").find((e) => e.code === "CH")?.name).toBe("Svizzera");
  });
});

describe("search and Enter", () => {
  const fr = countryTable("fr");
  const en = countryTable("en");

  it("folds accents, case and apostrophes", () => {
    expect(searchCountries(fr, "reunion").map((e) => e.code)).toContain("RE");
    expect(searchCountries(fr, "COTE D'IV").map((e) => e.code)).toEqual(["CI"]);
    expect(searchCountries(fr, "   ")).toBe(fr);
  });

  it("finds German names typed without umlauts, either way", () => {
    const de = countryTable("de");
    for (const typed of ["osterreich", "Oesterreich", "Österr"])
      expect(searchCountries(de, typed).map((e) => e.code)).toEqual(["AT"]);
    expect(countryForEnter(de, "oesterreich")?.code).toBe("AT");
    expect(searchCountries(countryTable("it"), "svizz").map((e) => e.code)).toEqual(["CH"]);
  });

  it("picks the exact name among several matches (pasted text, spaces around)", () => {
    expect(searchCountries(en, "Niger").length).toBeGreaterThan(1);
    expect(countryForEnter(en, "  Niger\n")?.code).toBe("NE");
    expect(countryForEnter(fr, "france")?.code).toBe("FR");
    // A two-letter code shows its country in the list, but Enter does not take "de" (Denmark? Germany?) for one.
    expect(countryForEnter(en, "de")).toBeNull();
  });

  it("picks the only match, and nothing when several or none match", () => {
    expect(countryForEnter(en, "switz")?.code).toBe("CH");
    expect(countryForEnter(en, "united")).toBeNull();
    expect(countryForEnter(en, "zzz")).toBeNull();
    expect(countryForEnter(en, "")).toBeNull();
  });
});

describe("coveredCountryNames", () => {
  it("names every covered country as the table does, and no other", () => {
    for (const locale of LOCALES) {
      const names = coveredCountryNames(locale);
      const covered = countryTable(locale).filter((entry) => entry.covered);
      expect(Object.keys(names).sort()).toEqual(covered.map((entry) => entry.code).sort());
      for (const entry of covered) expect(names[entry.code]).toBe(entry.name);
    }
    expect(coveredCountryNames("fr")).toMatchObject({ CH: "Suisse", GB: "Royaume-Uni" });
    expect(coveredCountryNames("de").US).toBeUndefined();
  });
});
