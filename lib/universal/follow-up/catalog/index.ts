import type { Locale } from "@/lib/universal/i18n/locales";
import { en } from "./en";
import { fr } from "./fr";
import type { FollowUpCatalog } from "./types";

const CATALOGS: Record<Locale, FollowUpCatalog> = { en, fr };

/** The follow-up documents' wording in their own language (independent of the interface language). */
export function followUpCatalog(locale: Locale): FollowUpCatalog {
  return CATALOGS[locale];
}
