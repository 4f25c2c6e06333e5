import { DraftGate } from "@/components/questionnaire/DraftGate";
import { ReviewStep } from "@/components/questionnaire/steps/ReviewStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("review");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/review">) {
  await pageLocale(params);
  return (
    <DraftGate>
      <ReviewStep />
    </DraftGate>
  );
}
