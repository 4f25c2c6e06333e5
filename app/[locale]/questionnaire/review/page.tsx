import { DraftGate } from "@/components/questionnaire/DraftGate";
import { ReviewStep } from "@/components/questionnaire/steps/ReviewStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { coveredCountryNames } from "@/lib/universal/data/country-table";
import { stepMetadata } from "../_lib/step-metadata";
import { StepMessages } from "../_lib/step-messages";

export const generateMetadata = stepMetadata("review");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/review">) {
  const locale = await pageLocale(params);
  return (
    <StepMessages locale={locale} step="review">
      <DraftGate>
        <ReviewStep countryNames={coveredCountryNames(locale)} />
      </DraftGate>
    </StepMessages>
  );
}
