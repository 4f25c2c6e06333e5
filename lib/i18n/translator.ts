import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/universal/i18n/locales";
import { MESSAGES } from "./messages";

/**
 * A translator outside React (route handlers, server utilities, tests), e.g.
 * `const t = translatorFor("fr"); t("Reasons.under-16.title")`.
 */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}
