import { NextIntlClientProvider } from "next-intl";
import { PrefillReader } from "@/components/questionnaire/PrefillReader";
import { clientMessages } from "@/lib/i18n/client-messages";
import { pageLocale } from "@/lib/i18n/page-locale";

/** Shared by every step, so it stays mounted while the person moves between steps. */
export default async function QuestionnaireLayout({
  children,
  params,
}: LayoutProps<"/[locale]/questionnaire">) {
  const locale = await pageLocale(params);
  return (
    <NextIntlClientProvider
      messages={clientMessages(locale, [
        "Questionnaire",
        "Reasons",
        "Regimes",
        "Validation",
        "Share",
        "Dossier",
        "LetterDetails",
        "AuthorityNotes",
      ])}
    >
      <div className="container narrow">
        <PrefillReader />
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
