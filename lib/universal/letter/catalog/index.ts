import type { Locale } from "@/lib/universal/i18n/locales";
import type { Regime } from "@/lib/universal/rules/types";
import { de, deCH } from "./de";
import { en } from "./en";
import { fr } from "./fr";
import { it } from "./it";
import type { LetterCatalog } from "./types";

const CATALOGS: Record<Locale, LetterCatalog> = { en, fr, de, it };

/** Languages whose Swiss letters differ from the others (spelling, citations of the Swiss law, authority). */
const SWISS_CATALOGS: Partial<Record<Locale, LetterCatalog>> = { de: deCH };

/**
 * The letter's wording in its own language (independent of the interface language); `regime` picks the
 * Swiss variant of a language where it has one.
 */
export function letterCatalog(locale: Locale, regime?: Regime): LetterCatalog {
  return (regime === "ch-fadp" ? SWISS_CATALOGS[locale] : undefined) ?? CATALOGS[locale];
}
