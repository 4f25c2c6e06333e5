import type { Locale } from "@/lib/universal/i18n/locales";
import type { CountryCode } from "@/lib/universal/rules/types";
import { countryName } from "./country-name";
import { ALL_COUNTRY_CODES, countryDecision } from "./countries";

export interface CountryEntry {
  code: CountryCode;
  name: string;
  /** The letter applies there (GDPR, UK GDPR or Switzerland's FADP). */
  covered: boolean;
}

/**
 * The country where the page's language is at home, offered as a one-tap answer: a guess from the
 * language only (no address, no IP geolocation), so it is always a choice, never a pre-selection.
 */
export const LOCAL_COUNTRY: Record<Locale, CountryCode> = { fr: "FR", en: "GB" };

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

/** Folds accents, apostrophes and case so "reunion" finds "La Réunion" and "cote" finds "Côte d’Ivoire". */
export function foldCountryQuery(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The entries a search shows: names containing the folded query, or the exact two-letter code. */
export function searchCountries(table: readonly CountryEntry[], query: string): readonly CountryEntry[] {
  const wanted = foldCountryQuery(query);
  if (!wanted) return table;
  return table.filter(
    ({ code, name }) => foldCountryQuery(name).includes(wanted) || code.toLowerCase() === wanted,
  );
}

/**
 * What Enter in the search picks: the entry named exactly as typed or pasted (so "Niger" is not lost among
 * "Niger" and "Nigeria"), else the only match; null when several (or none) match.
 */
export function countryForEnter(table: readonly CountryEntry[], query: string): CountryEntry | null {
  const wanted = foldCountryQuery(query);
  if (!wanted) return null;
  const exact = table.find(
    ({ code, name }) => foldCountryQuery(name) === wanted || code.toLowerCase() === wanted,
  );
  if (exact) return exact;
  const shown = searchCountries(table, query);
  return shown.length === 1 ? (shown[0] ?? null) : null;
}
