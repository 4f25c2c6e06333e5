import {
  AUTHORITIES,
  GERMAN_LAND_AUTHORITIES,
  isGermanLand,
  LEAD_AUTHORITY,
  type Authority,
} from "@/lib/universal/data/authorities";
import { countryDecision } from "@/lib/universal/data/countries";
import type { CountryCode, Regime } from "./types";

/**
 * The supervisory authority a resident of `country` complains to (GDPR Art. 77: the state of habitual
 * residence), e.g. the CNIL for Réunion; for Germany, the authority of the Land the person chose (`land`,
 * ISO 3166-2:DE code without prefix), as the Länder supervise private companies (BDSG § 40). Null outside
 * the three regimes. Throws for an unknown code.
 */
export function authorityFor(country: CountryCode, land?: string | null): Authority | null {
  const { authority } = countryDecision(country);
  if (authority === "DE" && isGermanLand(land)) return GERMAN_LAND_AUTHORITIES[land];
  return authority === null ? null : AUTHORITIES[authority];
}

/**
 * LinkedIn Ireland's lead authority (the Irish DPC) where LinkedIn Ireland is the controller (EU/EEA and
 * Switzerland); null for the UK (controller LinkedIn Corporation, authority the ICO) and outside scope.
 */
export function leadAuthorityFor(regime: Regime): Authority | null {
  return regime === "eu-gdpr" || regime === "ch-fadp" ? LEAD_AUTHORITY : null;
}
