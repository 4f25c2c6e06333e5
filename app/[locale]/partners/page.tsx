import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PartnersContent } from "@/components/share/PartnersContent";
import { clientMessages } from "@/lib/i18n/client-messages";
import { pageLocale } from "@/lib/i18n/page-locale";
import { socialMetadata } from "@/lib/i18n/social-metadata";
import { env } from "@/lib/server/env";
import { languageAlternates } from "@/lib/i18n/alternates";

type Props = PageProps<"/[locale]/partners">;

/** The configured public origin only (never a request's): the page is prerendered; "" when unset. */
const configuredOrigin = () => env().SITE_URL ?? "";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Partners" });
  const path = `/${locale}/partners`;
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: { canonical: path, languages: languageAlternates("/partners") },
    ...(await socialMetadata({ locale, title: t("metaTitle"), description: t("metaDescription"), path })),
  };
}

export default async function PartnersPage({ params }: Props) {
  const locale = await pageLocale(params);
  return (
    <NextIntlClientProvider messages={clientMessages(locale, ["Partners", "Stats"])}>
      <PartnersContent locale={locale} configuredOrigin={configuredOrigin()} />
    </NextIntlClientProvider>
  );
}
