import { describe, expect, it } from "vitest";
import { ALL_COUNTRY_CODES } from "@/lib/universal/data/countries";
import { regimeFor } from "./regime";
import type { Regime } from "./types";

// Written independently of the data module: what each code must give, and why.
const EU_MEMBER_STATES =
  "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" ");
const EU_TERRITORIES_WITH_OWN_CODE = {
  GF: "French Guiana, outermost region",
  GP: "Guadeloupe, outermost region",
  MQ: "Martinique, outermost region",
  RE: "Réunion, outermost region",
  YT: "Mayotte, outermost region since 2014",
  MF: "Saint-Martin, outermost region",
  AX: "Åland, part of the EU under Finland's accession protocol",
};
const EEA_EFTA = ["IS", "LI", "NO"];

const OUTSIDE_ON_PURPOSE: Record<string, string> = {
  JE: "Jersey, Crown Dependency with its own law",
  GG: "Guernsey, Crown Dependency with its own law",
  IM: "Isle of Man, Crown Dependency with its own law",
  GI: "Gibraltar, left the EU with the UK, own Gibraltar GDPR",
  FO: "Faroe Islands, outside the Treaties",
  GL: "Greenland, overseas country and territory",
  SJ: "Svalbard, EEA Agreement does not apply",
  BV: "Bouvet Island, uninhabited Norwegian dependency",
  PM: "Saint-Pierre-et-Miquelon, OCT",
  BL: "Saint-Barthélemy, OCT since 2012",
  NC: "New Caledonia, OCT",
  PF: "French Polynesia, OCT",
  WF: "Wallis-et-Futuna, OCT",
  TF: "French Southern Territories, OCT",
  AW: "Aruba, OCT",
  CW: "Curaçao, OCT",
  SX: "Sint Maarten, OCT",
  BQ: "Caribbean Netherlands, OCT",
  MC: "Monaco, microstate outside EU/EEA",
  SM: "San Marino, microstate outside EU/EEA",
  VA: "Vatican City, microstate outside EU/EEA",
  AD: "Andorra, microstate outside EU/EEA",
  CA: "Canada, LinkedIn trains but no GDPR",
  HK: "Hong Kong, LinkedIn trains but no GDPR",
  XK: "Kosovo, user-assigned code accepted on purpose",
  US: "United States",
  TR: "Türkiye, EU candidate, not a member",
  UA: "Ukraine, not a member",
  AL: "Albania, not a member",
  RS: "Serbia, not a member",
};

function expectedRegime(code: string): Regime {
  if (EU_MEMBER_STATES.includes(code) || code in EU_TERRITORIES_WITH_OWN_CODE || EEA_EFTA.includes(code)) {
    return "eu-gdpr";
  }
  if (code === "CH") return "ch-fadp";
  if (code === "GB") return "uk-gdpr";
  return "none";
}

describe("regimeFor", () => {
  it.each(ALL_COUNTRY_CODES.map((code) => [code, expectedRegime(code)] as const))(
    "%s lands in %s",
    (code, regime) => {
      expect(regimeFor(code)).toBe(regime);
    },
  );

  it.each(EU_MEMBER_STATES)("EU member state %s is under the GDPR", (code) => {
    expect(regimeFor(code)).toBe("eu-gdpr");
  });

  it.each(Object.entries(EU_TERRITORIES_WITH_OWN_CODE))("%s is under the GDPR (%s)", (code) => {
    expect(regimeFor(code)).toBe("eu-gdpr");
  });

  it.each(EEA_EFTA)("EEA state %s is under the GDPR", (code) => {
    expect(regimeFor(code)).toBe("eu-gdpr");
  });

  it.each(Object.entries(OUTSIDE_ON_PURPOSE))("%s is outside every regime (%s)", (code) => {
    expect(regimeFor(code)).toBe("none");
  });

  it("gives Switzerland the FADP and the United Kingdom the UK GDPR", () => {
    expect(regimeFor("CH")).toBe("ch-fadp");
    expect(regimeFor("GB")).toBe("uk-gdpr");
  });

  it.each(["fr", "Fr", " fr ", "gB", "ch\n"])("ignores case and surrounding spaces (%j)", (code) => {
    expect(regimeFor(code)).not.toBe("none");
  });

  it.each(["UK", "EL", "EU", "IC", "EA", "XX", "ZZ", "", "FRA", "F", "1", "🇫🇷"])(
    "refuses the unknown or reserved code %j instead of defaulting",
    (code) => {
      expect(() => regimeFor(code)).toThrow(RangeError);
    },
  );

  it("covers exactly 37 GDPR codes, one Swiss and one British", () => {
    const count = (regime: Regime) => ALL_COUNTRY_CODES.filter((code) => regimeFor(code) === regime).length;
    expect([count("eu-gdpr"), count("ch-fadp"), count("uk-gdpr")]).toEqual([37, 1, 1]);
    expect(count("none")).toBe(ALL_COUNTRY_CODES.length - 39);
  });
});
