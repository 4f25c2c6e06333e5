import type { Locale } from "@/lib/universal/i18n/locales";
import type { Regime } from "@/lib/universal/rules/types";
import { de, deCH } from "./de";
import { en } from "./en";
import { fr } from "./fr";
import { it } from "./it";
import type { FollowUpCatalog } from "./types";

const CATALOGS: Record<Locale, FollowUpCatalog> = { en, fr, de, it };

/** Languages whose Swiss documents differ from the others (spelling, citations of the Swiss law, authority). */
const SWISS_CATALOGS: Partial<Record<Locale, FollowUpCatalog>> = { de: deCH };

/**
 * The follow-up documents' wording in their own language (independent of the interface language);
 * `regime` picks the Swiss variant of a language where it has one.
 */
export function followUpCatalog(locale: Locale, regime?: Regime): FollowUpCatalog {
  return (regime === "ch-fadp" ? SWISS_CATALOGS[locale] : undefined) ?? CATALOGS[locale];
}
