import { SituationStep } from "@/components/questionnaire/steps/SituationStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("situation");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/situation">) {
  await pageLocale(params);
  return <SituationStep />;
}
