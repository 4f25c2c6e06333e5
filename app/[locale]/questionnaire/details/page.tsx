import { DetailsStep } from "@/components/questionnaire/steps/DetailsStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";
import { StepMessages } from "../_lib/step-messages";

export const generateMetadata = stepMetadata("details");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/details">) {
  const locale = await pageLocale(params);
  return (
    <StepMessages locale={locale} step="details">
      <DetailsStep />
    </StepMessages>
  );
}
