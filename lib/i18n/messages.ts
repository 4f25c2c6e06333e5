import de from "@/messages/de.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import it from "@/messages/it.json";
import type { Locale } from "@/lib/universal/i18n/locales";

export type Messages = typeof en;

/** Every catalogue, bundled: each has the same keys as the English one (checked by tests/unit/i18n-parity.test.ts). */
export const MESSAGES: Record<Locale, Messages> = {
  en,
  fr: fr as Messages,
  de: de as Messages,
  it: it as Messages,
};
