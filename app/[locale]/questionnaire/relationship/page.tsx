import { RelationshipStep } from "@/components/questionnaire/steps/RelationshipStep";
import { pageLocale } from "@/lib/i18n/page-locale";
import { stepMetadata } from "../_lib/step-metadata";

export const generateMetadata = stepMetadata("relationship");

export default async function Page({ params }: PageProps<"/[locale]/questionnaire/relationship">) {
  await pageLocale(params);
  return <RelationshipStep />;
}
