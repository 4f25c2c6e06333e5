import { AgeStep } from "@/components/questionnaire/steps/AgeStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("age");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/age">) {
  await pageLocale(params);
  return <AgeStep />;
}
