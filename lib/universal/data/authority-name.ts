import type { Locale } from "@/lib/universal/i18n/locales";
import type { AuthorityRef } from "@/lib/universal/rules/types";

type AuthorityNames = Pick<AuthorityRef, "nameEn" | "nameFr" | "nameDe" | "nameIt">;

const FIELD: Record<Locale, keyof AuthorityNames> = { en: "nameEn", fr: "nameFr", de: "nameDe" };

/** The name of an authority in `locale`: its own name in that language where it has one, else a translation. */
export function authorityName(ref: AuthorityNames, locale: Locale): string {
  return ref[FIELD[locale]];
}
