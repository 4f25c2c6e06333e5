import { DraftGate } from "@/components/questionnaire/DraftGate";
import { ResultStep } from "@/components/questionnaire/steps/ResultStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";
import { StepMessages } from "../_lib/step-messages";

export const generateMetadata = stepMetadata("result");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/result">) {
  const locale = await pageLocale(params);
  return (
    <StepMessages locale={locale} step="result">
      <DraftGate>
        <ResultStep />
      </DraftGate>
    </StepMessages>
  );
}
