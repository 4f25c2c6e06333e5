import { SignatureStep } from "@/components/questionnaire/steps/SignatureStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";
import { StepMessages } from "../_lib/step-messages";

export const generateMetadata = stepMetadata("signature");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/signature">) {
  const locale = await pageLocale(params);
  return (
    <StepMessages locale={locale} step="signature">
      <SignatureStep />
    </StepMessages>
  );
}
