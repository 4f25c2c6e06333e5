import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PartnerUnknown } from "@/components/share/PartnerLanding";
import { PartnerStatsForm } from "@/components/share/PartnerStatsForm";
import { clientMessages } from "@/lib/i18n/client-messages";
import { pageLocale } from "@/lib/i18n/page-locale";
import { activePartnerForPage } from "@/lib/server/partners/lookup";
import { readPartnerStats } from "./actions";

type Props = PageProps<"/[locale]/p/[slug]/stats">;

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const partner = await activePartnerForPage(slug);
  const t = await getTranslations({ locale, namespace: partner ? "Stats" : "PartnerPage" });
  return {
    title: partner ? t("metaTitle", { name: partner.name }) : t("unknownMetaTitle"),
    robots: { index: false, follow: false },
  };
}

/** `/{locale}/p/{slug}/stats`: a partner reads its counts after giving its token in a form. */
export default async function PartnerStatsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const partner = await activePartnerForPage(slug);
  if (!partner) return <PartnerUnknown locale={locale} prefill={{}} />;
  const t = await getTranslations({ locale, namespace: "Stats" });
  return (
    <div className="container narrow page">
      <h1>{t("title", { name: partner.name })}</h1>
      <p className="lead">{t("intro")}</p>
      <NextIntlClientProvider messages={clientMessages(locale, ["Stats"])}>
        <PartnerStatsForm action={readPartnerStats.bind(null, partner.slug)} />
      </NextIntlClientProvider>
    </div>
  );
}
