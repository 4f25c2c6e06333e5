import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "@/lib/universal/i18n/locales";

export type Messages = typeof en;

/** Both catalogues, bundled: the French file must have the same keys (checked by tests/unit/i18n-parity.test.ts). */
export const MESSAGES: Record<Locale, Messages> = { en, fr: fr as Messages };
