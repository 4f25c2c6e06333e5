import { CountryStep } from "@/components/questionnaire/steps/CountryStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { countryTable, LOCAL_COUNTRY } from "@/lib/universal/data/country-table";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("country");

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  return <CountryStep countries={countryTable(locale)} local={LOCAL_COUNTRY[locale]} />;
}
