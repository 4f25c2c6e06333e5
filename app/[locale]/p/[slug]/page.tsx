import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PartnerLanding, PartnerUnknown } from "@/components/share/PartnerLanding";
import { pageLocale } from "@/lib/i18n/page-locale";
import { socialMetadata } from "@/lib/i18n/social-metadata";
import { activePartnerForPage } from "@/lib/server/partners/lookup";
import { siteOrigin } from "@/lib/server/site-url";
import { readPrefill } from "@/lib/universal/sharing/prefill";
import { languageAlternates } from "@/lib/i18n/alternates";

type Props = PageProps<"/[locale]/p/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: "PartnerPage" });
  const partner = await activePartnerForPage(slug);
  if (!partner) return { title: t("unknownMetaTitle"), robots: { index: false } };
  const title = t("metaTitle", { name: partner.name });
  const description = t("metaDescription", { name: partner.name });
  const path = `/${locale}/p/${partner.slug}`;
  return {
    title,
    description,
    // Also set by the locale layout; repeated because this dynamic page's metadata can resolve apart from it.
    metadataBase: new URL(siteOrigin()),
    alternates: { canonical: path, languages: languageAlternates(`/p/${partner.slug}`) },
    ...(await socialMetadata({ locale, title, description, path })),
  };
}

/** `/{locale}/p/{slug}[?country=…&age=…]`: a partner's link. */
export default async function PartnerPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const prefill = readPrefill(await searchParams);
  const partner = await activePartnerForPage(slug);
  if (!partner) return <PartnerUnknown locale={locale} prefill={prefill} />;
  return <PartnerLanding locale={locale} partner={partner} prefill={prefill} />;
}
