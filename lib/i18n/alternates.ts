import { LOCALES, type Locale } from "@/lib/universal/i18n/locales";

/** The same page in every language, for `alternates.languages`: `path` is the part after the locale ("/legal"). */
export function languageAlternates(path: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, `/${locale}${path}`])) as Record<Locale, string>;
}
