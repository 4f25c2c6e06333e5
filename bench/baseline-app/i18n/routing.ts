import { defineRouting } from "next-intl/routing";

/** Same locales and prefix strategy as the app (lib/i18n/routing.ts). */
export const routing = defineRouting({ locales: ["fr", "en"], defaultLocale: "fr", localePrefix: "always" });
