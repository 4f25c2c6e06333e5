import type { Locale } from "@/lib/universal/i18n/locales";
import type { AuthorityRef } from "@/lib/universal/rules/types";

/** The name of an authority in `locale` (its own French or English name, or a faithful translation). */
export function authorityName(ref: Pick<AuthorityRef, "nameEn" | "nameFr">, locale: Locale): string {
  return locale === "fr" ? ref.nameFr : ref.nameEn;
}
