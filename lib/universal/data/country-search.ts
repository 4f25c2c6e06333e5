import type { CountryCode } from "@/lib/universal/rules/types";

/**
 * Searching the country list, in the browser: no country data here (the table comes from the server, see
 * country-table.ts), so the step's code stays small.
 */
export interface CountryEntry {
  code: CountryCode;
  name: string;
  /** The letter applies there (GDPR, UK GDPR or Switzerland's FADP). */
  covered: boolean;
}

/** Folds accents, apostrophes and case so "reunion" finds "La Réunion" and "cote" finds "Côte d’Ivoire". */
export function foldCountryQuery(text: string): string {
  return text
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue" };

/** A name as typed without umlauts on a keyboard that lacks them: "Österreich" → "oesterreich". */
const umlautSpelling = (name: string) => foldCountryQuery(name.replace(/[äöüÄÖÜ]/g, (c) => UMLAUTS[c] ?? c));

/**
 * The entries a search shows: names containing the folded query ("osterreich" and "oesterreich" both find
 * "Österreich"), or the exact two-letter code.
 */
export function searchCountries(table: readonly CountryEntry[], query: string): readonly CountryEntry[] {
  const wanted = foldCountryQuery(query);
  if (!wanted) return table;
  return table.filter(
    ({ code, name }) =>
      foldCountryQuery(name).includes(wanted) ||
      umlautSpelling(name).includes(wanted) ||
      code.toLowerCase() === wanted,
  );
}

/**
 * What Enter in the search picks: the entry named exactly as typed or pasted (so "Niger" is not lost among
 * "Niger" and "Nigeria"), else the only match; null when several (or none) match.
 */
export function countryForEnter(table: readonly CountryEntry[], query: string): CountryEntry | null {
  const wanted = foldCountryQuery(query);
  if (!wanted) return null;
  const exact = table.find(({ name }) => foldCountryQuery(name) === wanted);
  if (exact) return exact;
  const shown = searchCountries(table, query);
  return shown.length === 1 ? (shown[0] ?? null) : null;
}
