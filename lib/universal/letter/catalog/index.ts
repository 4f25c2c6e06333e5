import type { Locale } from "@/lib/universal/i18n/locales";
import { en } from "./en";
import { fr } from "./fr";
import type { LetterCatalog } from "./types";

const CATALOGS: Record<Locale, LetterCatalog> = { en, fr };

/** The letter's wording in its own language (independent of the interface language). */
export function letterCatalog(locale: Locale): LetterCatalog {
  return CATALOGS[locale];
}
