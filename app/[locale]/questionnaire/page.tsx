import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CountryStep } from "@/components/questionnaire/steps/CountryStep";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Questionnaire" });
  return {
    title: t("country.title"),
    alternates: {
      canonical: `/${locale}/questionnaire`,
      languages: { fr: "/fr/questionnaire", en: "/en/questionnaire" },
    },
  };
}

/**
 * The questionnaire's address opens on its first question (no start page to click through): partner links
 * with a prefill land here too, and "erase my answers" comes back here.
 */
export default async function QuestionnairePage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  return <CountryStep />;
}
