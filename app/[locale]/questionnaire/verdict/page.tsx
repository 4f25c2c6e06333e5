import { VerdictStep } from "@/components/questionnaire/steps/VerdictStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("verdict");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/verdict">) {
  await pageLocale(params);
  return <VerdictStep />;
}
