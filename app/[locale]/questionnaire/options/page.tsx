import { OptionsStep } from "@/components/questionnaire/steps/OptionsStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";
import { StepMessages } from "../_lib/step-messages";

export const generateMetadata = stepMetadata("options");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/options">) {
  const locale = await pageLocale(params);
  return (
    <StepMessages locale={locale} step="options">
      <OptionsStep />
    </StepMessages>
  );
}
