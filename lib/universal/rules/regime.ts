import { countryDecision } from "@/lib/universal/data/countries";
import type { CountryCode, Regime } from "./types";

/**
 * The data-protection regime that protects a resident of `country` against LinkedIn's AI training:
 * EU/EEA → `eu-gdpr`, Switzerland → `ch-fadp`, United Kingdom → `uk-gdpr`, anything else → `none`.
 * Case-insensitive; throws a RangeError for a code that is not a known country (validate input first with
 * `isKnownCountry` or the `ZEligibilityQuery` schema).
 */
export function regimeFor(country: CountryCode): Regime {
  return countryDecision(country).regime;
}
