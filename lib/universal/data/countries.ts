import type { CountryCode, Regime } from "@/lib/universal/rules/types";
import type { AuthorityCountry } from "./authorities";
import { ISO_3166_1_ALPHA_2 } from "./iso-3166";

/**
 * The regime of every country and territory code, decided on purpose: there is no default branch.
 * A unit test checks that every ISO 3166-1 alpha-2 code is classified exactly once.
 *
 * Sources:
 * - EU territory: Treaty on European Union Art. 52 and TFEU Art. 349 and 355 (outermost regions, Åland, Faroe,
 *   overseas countries and territories listed in TFEU Annex II), https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016E355
 * - EEA: EEA Agreement Art. 126 and Protocol 40 (Svalbard), https://www.efta.int/Legal-Text/EEA-Agreement-1327
 * - LinkedIn's regions: European Regional Privacy Notice (3 Nov 2025 update).
 *
 * Places without their own ISO code follow their state's code and need no entry: the Canary Islands, the Azores,
 * Madeira, Ceuta and Melilla (all part of the EU), Heligoland and Büsingen (Germany), Livigno (Italy), Mount Athos
 * (Greece), the areas of Cyprus outside government control (CY), Jan Mayen (SJ, see below).
 */

/** Why a code lands in its regime; also useful for a note in the UI. */
export const TERRITORY_BASES = [
  "eu-member-state",
  "eu-outermost-region",
  "eu-special-territory",
  "eea-efta-state",
  "switzerland",
  "united-kingdom",
  "crown-dependency",
  "british-overseas-territory",
  "overseas-country-territory",
  "outside-eea-part-of-eea-state",
  "european-microstate",
  "linkedin-training-outside-gdpr",
  "third-country",
] as const;
export type TerritoryBasis = (typeof TERRITORY_BASES)[number];

export interface CountryDecision {
  regime: Regime;
  basis: TerritoryBasis;
  /** Country code of the competent supervisory authority (see authorities.ts), null outside scope. */
  authority: AuthorityCountry | null;
}

/** The 27 EU member states: GDPR applies directly (TEU Art. 52). */
// prettier-ignore
const EU_MEMBER_STATES = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
  "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
] as const;

/**
 * Territories with their own ISO code that are part of the EU, so GDPR applies; the authority is the state's.
 * - GF, GP, MQ, RE, YT: French overseas departments and outermost regions (TFEU Art. 349; Mayotte since 1 Jan 2014).
 * - MF: Saint-Martin (French part) is an outermost region (TFEU Art. 349), unlike Saint-Barthélemy (BL, an OCT
 *   since 2012) and Sint Maarten (SX, Dutch, an OCT).
 * - AX: Åland is part of the EU under Protocol No 2 of Finland's 1994 Act of Accession (its derogations are about
 *   taxes and establishment, not data protection). Complaints about a private company go to Finland's Data
 *   Protection Ombudsman: Åland's own data inspectorate (Datainspektionen) supervises the Åland public sector and
 *   refers international GDPR cases to the Finnish ombudsman (reported by Ålandstidningen).
 */
const EU_TERRITORIES: Readonly<Record<string, { basis: TerritoryBasis; authority: AuthorityCountry }>> = {
  GF: { basis: "eu-outermost-region", authority: "FR" },
  GP: { basis: "eu-outermost-region", authority: "FR" },
  MQ: { basis: "eu-outermost-region", authority: "FR" },
  RE: { basis: "eu-outermost-region", authority: "FR" },
  YT: { basis: "eu-outermost-region", authority: "FR" },
  MF: { basis: "eu-outermost-region", authority: "FR" },
  AX: { basis: "eu-special-territory", authority: "FI" },
};

/** Iceland, Liechtenstein and Norway apply the GDPR through the EEA Agreement (Decision 154/2018 of the EEA Joint Committee). */
const EEA_EFTA_STATES = ["IS", "LI", "NO"] as const;

/**
 * Codes outside the three regimes for a specific reason worth writing down; all get regime `none`.
 */
const DOCUMENTED_OUTSIDE: Readonly<Record<string, TerritoryBasis>> = {
  // Crown Dependencies are not part of the United Kingdom: UK GDPR does not apply there. Each has its own law
  // (Data Protection (Jersey) Law 2018, Data Protection (Bailiwick of Guernsey) Law 2017, Isle of Man GDPR and LED
  // Implementing Regulations 2018), and LinkedIn's notice names only the UK.
  JE: "crown-dependency",
  GG: "crown-dependency",
  IM: "crown-dependency",
  // British Overseas Territories are not part of the UK either, and left the EU's association with the UK.
  // Gibraltar applies its own "Gibraltar GDPR" (Data Protection Act 2004 as amended), supervised by the
  // Gibraltar Regulatory Authority; LinkedIn's regional notice does not list it.
  GI: "british-overseas-territory",
  AI: "british-overseas-territory",
  BM: "british-overseas-territory",
  IO: "british-overseas-territory",
  VG: "british-overseas-territory",
  KY: "british-overseas-territory",
  FK: "british-overseas-territory",
  MS: "british-overseas-territory",
  PN: "british-overseas-territory",
  SH: "british-overseas-territory",
  GS: "british-overseas-territory",
  TC: "british-overseas-territory",
  // Overseas countries and territories (TFEU Annex II, Art. 355(2)) are associated with the EU, not part of it,
  // so the GDPR does not apply there: French PM, BL, NC, PF, WF, TF; Dutch AW, CW, SX, BQ; Danish Greenland (GL).
  PM: "overseas-country-territory",
  BL: "overseas-country-territory",
  NC: "overseas-country-territory",
  PF: "overseas-country-territory",
  WF: "overseas-country-territory",
  TF: "overseas-country-territory",
  AW: "overseas-country-territory",
  CW: "overseas-country-territory",
  SX: "overseas-country-territory",
  BQ: "overseas-country-territory",
  GL: "overseas-country-territory",
  // The Faroe Islands are excluded from the Treaties (TFEU Art. 355(5)(a)) and have their own data protection act.
  FO: "outside-eea-part-of-eea-state",
  // Svalbard: the EEA Agreement does not apply to Svalbard (Protocol 40), where the residents of SJ live; Jan
  // Mayen has no permanent population. Norway's Personal Data Act reaches Svalbard and Jan Mayen only for
  // controllers established there (Prop. 56 LS (2017-2018), chapter 5), which LinkedIn is not. Residents whose
  // LinkedIn account is registered in Norway should pick NO: LinkedIn's controller follows the account's country.
  SJ: "outside-eea-part-of-eea-state",
  // Bouvet Island is a Norwegian dependency, not part of the Kingdom for the EEA Agreement, and uninhabited.
  BV: "outside-eea-part-of-eea-state",
  // European microstates outside the EU and the EEA, each with its own law (Andorra's Law 29/2021, Monaco's Law
  // 1.565, San Marino's Law 171/2018, the Vatican's own rules). LinkedIn's notice does not name them.
  AD: "european-microstate",
  MC: "european-microstate",
  SM: "european-microstate",
  VA: "european-microstate",
  // LinkedIn trains on members' data there too (member notice), but neither the GDPR, the FADP nor the UK GDPR
  // applies: the verdict adds `no-gdpr-region-with-training` to `outside-scope`.
  CA: "linkedin-training-outside-gdpr",
  HK: "linkedin-training-outside-gdpr",
};

/**
 * Sovereign states and other territories with no connection to the three regimes: the GDPR, the FADP and the
 * UK GDPR do not protect residents there (this includes the US, Australian and New Zealand dependencies such as
 * PR, GU, AS, MP, VI, UM, CX, CC, NF, HM, CK, NU, TK, and Antarctica AQ).
 * XK is the user-assigned code used for Kosovo by the EU and CLDR; it is not in ISO 3166-1 but people live there,
 * so it is accepted on purpose and lands here.
 */
// prettier-ignore
const THIRD_COUNTRIES = [
  "AE", "AF", "AG", "AL", "AM", "AO", "AQ", "AR", "AS", "AU", "AZ", "BA", "BB", "BD", "BF", "BH", "BI", "BJ",
  "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CC", "CD", "CF", "CG", "CI", "CK", "CL", "CM", "CN", "CO",
  "CR", "CU", "CV", "CX", "DJ", "DM", "DO", "DZ", "EC", "EG", "EH", "ER", "ET", "FJ", "FM", "GA", "GD", "GE",
  "GH", "GM", "GN", "GQ", "GT", "GU", "GW", "GY", "HM", "HN", "HT", "ID", "IL", "IN", "IQ", "IR", "JM", "JO",
  "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KZ", "LA", "LB", "LC", "LK", "LR", "LS", "LY",
  "MA", "MD", "ME", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MR", "MU", "MV", "MW", "MX", "MY", "MZ",
  "NA", "NE", "NF", "NG", "NI", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PG", "PH", "PK", "PR", "PS", "PW",
  "PY", "QA", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SG", "SL", "SN", "SO", "SR", "SS", "ST", "SV", "SY",
  "SZ", "TD", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM",
  "US", "UY", "UZ", "VC", "VE", "VI", "VN", "VU", "WS", "YE", "ZA", "ZM", "ZW",
  "XK",
] as const;

function buildDecisions(): ReadonlyMap<string, CountryDecision> {
  const decisions = new Map<string, CountryDecision>();
  for (const code of EU_MEMBER_STATES) {
    decisions.set(code, { regime: "eu-gdpr", basis: "eu-member-state", authority: code });
  }
  for (const [code, { basis, authority }] of Object.entries(EU_TERRITORIES)) {
    decisions.set(code, { regime: "eu-gdpr", basis, authority });
  }
  for (const code of EEA_EFTA_STATES) {
    decisions.set(code, { regime: "eu-gdpr", basis: "eea-efta-state", authority: code });
  }
  decisions.set("CH", { regime: "ch-fadp", basis: "switzerland", authority: "CH" });
  decisions.set("GB", { regime: "uk-gdpr", basis: "united-kingdom", authority: "GB" });
  for (const [code, basis] of Object.entries(DOCUMENTED_OUTSIDE)) {
    decisions.set(code, { regime: "none", basis, authority: null });
  }
  for (const code of THIRD_COUNTRIES) {
    decisions.set(code, { regime: "none", basis: "third-country", authority: null });
  }
  return decisions;
}

const DECISIONS = buildDecisions();

/** Every code the app accepts: the 249 ISO 3166-1 alpha-2 codes plus XK (Kosovo), in ISO order. */
export const ALL_COUNTRY_CODES: readonly CountryCode[] = [...ISO_3166_1_ALPHA_2, "XK"];

/** The decision table itself, for tests and documentation pages. */
export const COUNTRY_DECISIONS: ReadonlyMap<string, CountryDecision> = DECISIONS;

/** Normalizes user input ("fr ", "Fr") to an upper-case code; does not validate. */
export function normalizeCountryCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Whether the code (any case) is one the app knows and has decided a regime for. */
export function isKnownCountry(code: unknown): code is CountryCode {
  return typeof code === "string" && DECISIONS.has(normalizeCountryCode(code));
}

/** The decision for a known country code (any case); throws a RangeError for an unknown code. */
export function countryDecision(code: CountryCode): CountryDecision {
  const decision = DECISIONS.get(normalizeCountryCode(code));
  if (!decision) throw new RangeError(`Unknown country code: ${JSON.stringify(code.slice(0, 8))}`);
  return decision;
}
