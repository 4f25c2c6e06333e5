import { DetailsStep } from "@/components/questionnaire/steps/DetailsStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("details");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/details">) {
  await pageLocale(params);
  return <DetailsStep />;
}
