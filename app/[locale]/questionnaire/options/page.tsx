import { OptionsStep } from "@/components/questionnaire/steps/OptionsStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("options");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/options">) {
  await pageLocale(params);
  return <OptionsStep />;
}
