import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import CountryPage from "./country/page";
import { languageAlternates } from "@/lib/i18n/alternates";

export async function generateMetadata({ params }: PageProps<"/[locale]/questionnaire">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Questionnaire" });
  return {
    title: t("country.title"),
    alternates: {
      canonical: `/${locale}/questionnaire`,
      languages: languageAlternates("/questionnaire"),
    },
  };
}

/**
 * The questionnaire's address opens on its first question, the country step (no start page to click
 * through): partner links with a prefill land here too, and "erase my answers" comes back here.
 */
export default CountryPage;
