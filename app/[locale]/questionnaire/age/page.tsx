import { AgeStep } from "@/components/questionnaire/steps/AgeStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";
import { StepMessages } from "../_lib/step-messages";

export const generateMetadata = stepMetadata("age");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/age">) {
  const locale = await pageLocale(params);
  return (
    <StepMessages locale={locale} step="age">
      <AgeStep />
    </StepMessages>
  );
}
