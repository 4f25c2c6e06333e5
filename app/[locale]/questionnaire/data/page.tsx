import { DataStep } from "@/components/questionnaire/steps/DataStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("data");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/data">) {
  await pageLocale(params);
  return <DataStep />;
}
