import { SituationStep } from "@/components/questionnaire/steps/SituationStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";
import { StepMessages } from "../_lib/step-messages";

export const generateMetadata = stepMetadata("situation");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/situation">) {
  const locale = await pageLocale(params);
  return (
    <StepMessages locale={locale} step="situation">
      <SituationStep />
    </StepMessages>
  );
}
