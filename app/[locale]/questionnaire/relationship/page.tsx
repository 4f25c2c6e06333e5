import { RelationshipStep } from "@/components/questionnaire/steps/RelationshipStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";
import { StepMessages } from "../_lib/step-messages";

export const generateMetadata = stepMetadata("relationship");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/relationship">) {
  const locale = await pageLocale(params);
  return (
    <StepMessages locale={locale} step="relationship">
      <RelationshipStep />
    </StepMessages>
  );
}
