import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/universal/i18n/locales";

const OG_LOCALES: Record<Locale, string> = { fr: "fr_FR", en: "en_GB", de: "de_DE", it: "it_IT" };

/**
 * Open Graph and Twitter card tags for a page, in its language. Images come from the
 * `opengraph-image` / `twitter-image` files of the segment (Next.js adds them), so they are not set here.
 */
export async function socialMetadata({
  locale,
  title,
  description,
  path,
}: {
  locale: Locale;
  title?: string;
  description?: string;
  /** The page's path (`/fr/partners`), made absolute with `metadataBase`; omitted for layout defaults. */
  path?: string;
}): Promise<Pick<Metadata, "openGraph" | "twitter">> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const ogTitle = title ?? t("title");
  const ogDescription = description ?? t("description");
  return {
    openGraph: {
      type: "website",
      siteName: t("siteName"),
      locale: OG_LOCALES[locale],
      alternateLocale: Object.entries(OG_LOCALES)
        .filter(([other]) => other !== locale)
        .map(([, tag]) => tag),
      title: ogTitle,
      description: ogDescription,
      ...(path ? { url: path } : {}),
    },
    twitter: { card: "summary_large_image", title: ogTitle, description: ogDescription },
  };
}
