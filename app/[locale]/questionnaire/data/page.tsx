import { DataStep } from "@/components/questionnaire/steps/DataStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";
import { StepMessages } from "../_lib/step-messages";

export const generateMetadata = stepMetadata("data");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/data">) {
  const locale = await pageLocale(params);
  return (
    <StepMessages locale={locale} step="data">
      <DataStep />
    </StepMessages>
  );
}
