import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QuestionnaireStart } from "@/components/questionnaire/QuestionnaireStart";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/questionnaire">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Questionnaire.start" });
  return {
    title: t("title"),
    alternates: {
      canonical: `/${locale}/questionnaire`,
      languages: { fr: "/fr/questionnaire", en: "/en/questionnaire" },
    },
  };
}

export default async function QuestionnairePage({ params }: PageProps<"/[locale]/questionnaire">) {
  await pageLocale(params);
  return <QuestionnaireStart />;
}
