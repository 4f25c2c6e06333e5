import { CountryList } from "@/components/questionnaire/steps/CountryList";
import { CountryStep } from "@/components/questionnaire/steps/CountryStep";
import listStyles from "@/components/questionnaire/steps/CountryStep.module.css";
import { pageLocale } from "@/lib/i18n/page-locale";
import { countryTable, LOCAL_COUNTRY } from "@/lib/universal/data/country-table";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("country");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/country">) {
  const locale = await pageLocale(params);
  const countries = countryTable(locale);
  return (
    <CountryStep countries={countries} local={LOCAL_COUNTRY[locale]}>
      <CountryList countries={countries} listClassName={listStyles.list ?? ""} />
    </CountryStep>
  );
}
