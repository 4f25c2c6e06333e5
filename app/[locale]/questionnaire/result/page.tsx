import { DraftGate } from "@/components/questionnaire/DraftGate";
import { ResultStep } from "@/components/questionnaire/steps/ResultStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("result");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/result">) {
  await pageLocale(params);
  return (
    <DraftGate>
      <ResultStep />
    </DraftGate>
  );
}
