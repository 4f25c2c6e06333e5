import { CountryStep } from "@/components/questionnaire/steps/CountryStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("country");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/country">) {
  await pageLocale(params);
  return <CountryStep />;
}
