import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmbedDocument } from "@/components/embed/EmbedCard";
import { activePartnerForPage } from "@/lib/server/partners/lookup";
import { embedLocale } from "@/lib/server/sharing/embed-locale";

type Props = PageProps<"/embed/[slug]">;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const partner = await activePartnerForPage((await params).slug);
  const locale = await embedLocale((await searchParams).lang, partner?.defaultLocale);
  const t = await getTranslations({ locale, namespace: "Embed" });
  return { title: { absolute: t("metaTitle") }, robots: { index: false } };
}

/** `/embed/{slug}?lang=fr|en|de|it`: the card of a partner, leading to its page; a plain card for an unknown slug. */
export default async function PartnerEmbed({ params, searchParams }: Props) {
  const partner = await activePartnerForPage((await params).slug);
  const locale = await embedLocale((await searchParams).lang, partner?.defaultLocale);
  return (
    <EmbedDocument
      locale={locale}
      partnerName={partner?.name}
      href={partner ? `/${locale}/p/${partner.slug}` : `/${locale}`}
    />
  );
}
