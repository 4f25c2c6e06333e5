import { describe, expect, it } from "vitest";
import {
  AUTHORITIES,
  AUTHORITY_COUNTRIES,
  LEAD_AUTHORITY,
  LEAD_AUTHORITY_ADDRESS,
  type AuthorityCountry,
} from "./authorities";

const EU_EEA =
  "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split(" ");

describe("the supervisory authority table", () => {
  it("has one authority for each EU and EEA state, Switzerland and the UK, and no other", () => {
    expect(Object.keys(AUTHORITIES).sort()).toEqual([...EU_EEA, "CH", "GB"].sort());
    expect([...AUTHORITY_COUNTRIES].sort()).toEqual([...EU_EEA, "CH", "GB"].sort());
  });

  it.each(Object.entries(AUTHORITIES))(
    "%s: names in three languages, https website and complaint page",
    (code, a) => {
      expect(a.country).toBe(code);
      for (const name of [a.name, a.nameEn, a.nameFr]) {
        expect(name.trim()).toBe(name);
        expect(name.length).toBeGreaterThan(3);
      }
      for (const url of [a.url, a.complaintUrl]) {
        expect(new URL(url).protocol).toBe("https:");
      }
      // A specific page where a person files a complaint, not just the home page.
      expect(a.complaintUrl).not.toBe(a.url);
    },
  );

  it("names the Irish Data Protection Commission as LinkedIn's lead authority, with its Dublin address", () => {
    expect(LEAD_AUTHORITY).toBe(AUTHORITIES.IE);
    expect(LEAD_AUTHORITY.name).toBe("Data Protection Commission");
    expect(LEAD_AUTHORITY_ADDRESS).toEqual([
      "21 Fitzwilliam Square South",
      "Dublin 2",
      "D02 RD28",
      "Ireland",
    ]);
  });

  it.each([
    ["FR", "CNIL"],
    ["CH", "EDÖB"],
    ["GB", "ICO"],
    ["ES", "AEPD"],
  ] as const)("knows %s's authority by its acronym %s", (code: AuthorityCountry, acronym) => {
    expect(AUTHORITIES[code].acronym).toBe(acronym);
  });

  it("uses the ICO complaint page given in DOMAIN.md", () => {
    expect(AUTHORITIES.GB.complaintUrl).toBe("https://ico.org.uk/make-a-complaint/");
  });

  it("gives the Swiss authority's official names in German, French and English", () => {
    expect(AUTHORITIES.CH.nameFr).toContain("PFPDT");
    expect(AUTHORITIES.CH.nameEn).toContain("FDPIC");
    expect(AUTHORITIES.CH.name).toContain("Datenschutz");
  });
});
