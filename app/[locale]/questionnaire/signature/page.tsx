import { SignatureStep } from "@/components/questionnaire/steps/SignatureStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("signature");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/signature">) {
  await pageLocale(params);
  return <SignatureStep />;
}
