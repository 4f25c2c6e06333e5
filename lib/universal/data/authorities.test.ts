import { describe, expect, it } from "vitest";
import { authorityName } from "./authority-name";
import {
  AUTHORITIES,
  BAVARIAN_PUBLIC_SECTOR_AUTHORITY,
  GERMAN_LAENDER,
  GERMAN_LAND_AUTHORITIES,
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

  it("links the ICO's data protection complaints page, not the complaints hub", () => {
    expect(AUTHORITIES.GB.complaintUrl).toBe(
      "https://ico.org.uk/make-a-complaint/data-protection-complaints",
    );
  });

  it.each([
    ["NL", "https://autoriteitpersoonsgegevens.nl/en/submitting-a-tip-off-or-a-complaint-to-the-dutch-dpa"],
    ["FI", "https://tietosuoja.fi/en/notification-to-the-data-protection-ombudsman"],
    ["EE", "https://www.aki.ee/vota-uhendust"],
    ["SK", "https://dataprotection.gov.sk/en/office/proceedings-on-protection-personal-data"],
    ["HR", "https://azop.hr/zahtjev-za-utvrdivanje-povrede-prava/"],
  ] as const)("replaces %s's stale complaint link with the page the authority shows today", (code, url) => {
    expect(AUTHORITIES[code].complaintUrl).toBe(url);
    expect(AUTHORITIES[code].evidence.complaintUrl).toBe("confirmed");
  });

  it("names Liechtenstein's authority as it calls itself", () => {
    expect(AUTHORITIES.LI.name).toBe("Datenschutzstelle Fürstentum Liechtenstein");
  });

  it.each([
    ["PL", "polish-only"],
    ["SK", "slovak-only"],
    ["FR", "french-only"],
    ["BG", "bulgarian-translation"],
    ["NO", "norwegian-bankid"],
    ["AT", "german-complaints"],
    ["IT", "italian-signed-pec"],
  ] as const)("tells people writing in English or French what %s requires (%s)", (code, note) => {
    expect(AUTHORITIES[code].notes).toContain(note);
  });

  it("gives each link an evidence level", () => {
    for (const a of [...Object.values(AUTHORITIES), ...Object.values(GERMAN_LAND_AUTHORITIES)]) {
      expect(["confirmed", "secondary", "unconfirmed"]).toContain(a.evidence.url);
      expect(["confirmed", "secondary", "unconfirmed"]).toContain(a.evidence.complaintUrl);
    }
  });
});

describe("the German Land authorities", () => {
  it("cover the 16 Länder, with the BayLDA (not the BayLfD) for Bavaria", () => {
    expect(Object.keys(GERMAN_LAND_AUTHORITIES).sort()).toEqual([...GERMAN_LAENDER].sort());
    expect(GERMAN_LAENDER).toHaveLength(16);
    expect(GERMAN_LAND_AUTHORITIES.BY.acronym).toBe("BayLDA");
    expect(BAVARIAN_PUBLIC_SECTOR_AUTHORITY.acronym).toBe("BayLfD");
    expect(Object.values(GERMAN_LAND_AUTHORITIES)).not.toContain(BAVARIAN_PUBLIC_SECTOR_AUTHORITY);
  });

  it.each(Object.entries(GERMAN_LAND_AUTHORITIES))(
    "%s: German name, https site and complaint page",
    (_, a) => {
      expect(a.country).toBe("DE");
      expect(a.nameEn).toBe(a.name);
      expect(new URL(a.url).protocol).toBe("https:");
      expect(new URL(a.complaintUrl).protocol).toBe("https:");
      expect(a.complaintUrl).not.toBe(a.url);
    },
  );

  it.each([
    ["SN", "confirmed"],
    ["ST", "confirmed"],
    ["BY", "secondary"],
    ["SL", "unconfirmed"],
  ] as const)("marks the complaint page of %s as %s", (land, evidence) => {
    expect(GERMAN_LAND_AUTHORITIES[land].evidence.complaintUrl).toBe(evidence);
  });
});

describe("authorityName", () => {
  it("gives the name in the requested language", () => {
    expect(authorityName(AUTHORITIES.CH, "fr")).toContain("PFPDT");
    expect(authorityName(AUTHORITIES.CH, "en")).toContain("FDPIC");
    expect(authorityName(AUTHORITIES.FR, "fr")).toBe(
      "Commission nationale de l'informatique et des libertés (CNIL)",
    );
  });

  it("gives the Swiss authority's official names in German, French and English", () => {
    expect(AUTHORITIES.CH.nameFr).toContain("PFPDT");
    expect(AUTHORITIES.CH.nameEn).toContain("FDPIC");
    expect(AUTHORITIES.CH.name).toContain("Datenschutz");
  });
});
