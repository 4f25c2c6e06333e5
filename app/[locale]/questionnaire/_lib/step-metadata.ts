import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { StepId } from "@/lib/universal/questionnaire/steps";
import { languageAlternates } from "@/lib/i18n/alternates";

/** Title of a step's page ("Where do you live? · Object to LinkedIn AI"); steps are not worth indexing. */
export function stepMetadata(step: StepId) {
  return async function generateMetadata({
    params,
  }: PageProps<"/[locale]/questionnaire">): Promise<Metadata> {
    const locale = await pageLocale(params);
    const t = await getTranslations({ locale, namespace: "Questionnaire" });
    return {
      title: t(`${step}.title`),
      robots: { index: false, follow: true },
      alternates: { languages: languageAlternates(`/questionnaire/${step}`) },
    };
  };
}
