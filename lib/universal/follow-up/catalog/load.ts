import type { Locale } from "@/lib/universal/i18n/locales";
import type { Regime } from "@/lib/universal/rules/types";
import type { FollowUpCatalog } from "./types";

/**
 * `followUpCatalog(locale, regime)` (./index.ts) for a page that needs one language: only that language's file
 * is loaded, one `import()` per file so that the bundler makes one chunk per language (the German file holds the
 * Swiss variant as well). The same objects as `followUpCatalog`, which the tests check for every language and
 * regime.
 */
export async function loadFollowUpCatalog(locale: Locale, regime?: Regime): Promise<FollowUpCatalog> {
  switch (locale) {
    case "en":
      return (await import("./en")).en;
    case "fr":
      return (await import("./fr")).fr;
    case "de": {
      const german = await import("./de");
      return regime === "ch-fadp" ? german.deCH : german.de;
    }
    case "it":
      return (await import("./it")).it;
  }
}
