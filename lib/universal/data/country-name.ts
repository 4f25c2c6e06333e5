import type { CountryCode } from "@/lib/universal/rules/types";

/**
 * Country names come from the runtime's CLDR data (Intl.DisplayNames), in the page's language, so no
 * hand-written list can drift or be mistranslated.
 */
const displayNames = new Map<string, Intl.DisplayNames>();

function createDisplayNames(locale: string): Intl.DisplayNames {
  try {
    return new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  } catch {
    // An invalid language tag makes the constructor throw; English is the app's default locale.
    return new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
  }
}

function displayNamesFor(locale: string): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) {
    names = createDisplayNames(locale);
    displayNames.set(locale, names);
  }
  return names;
}

/** The name of a country in `locale`, e.g. ("RE", "fr") → "La Réunion"; falls back to the code itself. */
export function countryName(code: CountryCode, locale: string): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return upper;
  // With `fallback: "code"`, `of` always returns a string (the code itself when CLDR has no name).
  return displayNamesFor(locale).of(upper) as string;
}

/** Codes sorted by their name in `locale` (for a select list), using the locale's collation. */
export function sortByCountryName(codes: readonly CountryCode[], locale: string): CountryCode[] {
  const collator = new Intl.Collator(locale);
  return [...codes].sort((a, b) => collator.compare(countryName(a, locale), countryName(b, locale)));
}
