import type { Locale } from "@/lib/universal/i18n/locales";
import type { CountryCode } from "@/lib/universal/rules/types";
import { countryName } from "./country-name";
import { ALL_COUNTRY_CODES, countryDecision } from "./countries";
import type { CountryEntry } from "./country-search";

export type { CountryEntry } from "./country-search";

/**
 * The country where the page's language is at home, offered as a one-tap answer: a guess from the
 * language only (no address, no IP geolocation), so it is always a choice, never a pre-selection.
 */
export const LOCAL_COUNTRY: Record<Locale, CountryCode> = { fr: "FR", en: "GB", de: "DE", it: "IT" };

const tables = new Map<string, readonly CountryEntry[]>();

/**
 * Every country and territory with its name in `locale`, the covered ones first, each group in the
 * locale's alphabetical order. Built on the server (prerendered with the page) and handed to the browser
 * as it is, so the names and the order are the same on both sides whatever CLDR data the browser has.
 */
export function countryTable(locale: Locale): readonly CountryEntry[] {
  let table = tables.get(locale);
  if (!table) {
    const collator = new Intl.Collator(locale);
    table = ALL_COUNTRY_CODES.map((code) => ({
      code,
      name: countryName(code, locale),
      covered: countryDecision(code).regime !== "none",
    })).sort((a, b) => Number(b.covered) - Number(a.covered) || collator.compare(a.name, b.name));
    tables.set(locale, table);
  }
  return table;
}

/**
 * The names of the covered countries in `locale`, for a page that names the person's country and is only
 * reached with a covered one (the review): the browser then does not load its own region names
 * (\`Intl.DisplayNames\`, a long task of its own on a slow phone the first time).
 */
export function coveredCountryNames(locale: Locale): Partial<Record<CountryCode, string>> {
  return Object.fromEntries(
    countryTable(locale)
      .filter((entry) => entry.covered)
      .map((entry) => [entry.code, entry.name]),
  );
}
