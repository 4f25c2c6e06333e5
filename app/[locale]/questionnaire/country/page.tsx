import { CountryStep } from "@/components/questionnaire/steps/CountryStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { countryTable, LOCAL_COUNTRY } from "@/lib/universal/data/country-table";
import { stepMetadata } from "../_lib/step-metadata";
import { StepMessages } from "../_lib/step-messages";

export const generateMetadata = stepMetadata("country");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/country">) {
  const locale = await pageLocale(params);
  return (
    <StepMessages locale={locale} step="country">
      <CountryStep countries={countryTable(locale)} local={LOCAL_COUNTRY[locale]} />
    </StepMessages>
  );
}
