import { VerdictStep } from "@/components/questionnaire/steps/VerdictStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";
import { StepMessages } from "../_lib/step-messages";

export const generateMetadata = stepMetadata("verdict");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/verdict">) {
  const locale = await pageLocale(params);
  return (
    <StepMessages locale={locale} step="verdict">
      <VerdictStep />
    </StepMessages>
  );
}
