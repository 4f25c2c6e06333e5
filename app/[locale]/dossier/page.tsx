import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { DossierView } from "@/components/dossier/DossierView";
import { MESSAGES } from "@/lib/i18n/messages";
import { pageLocale } from "@/lib/i18n/page-locale";
import { languageAlternates } from "@/lib/i18n/alternates";

export async function generateMetadata({ params }: PageProps<"/[locale]/dossier">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Dossier" });
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: { languages: languageAlternates("/dossier") },
    // The page is the same for everyone (the dossier lives in the browser), but it is a personal tool.
    robots: { index: false },
  };
}

/** /{locale}/dossier: the person's objection dossier, read from and kept in their own browser only. */
export default async function DossierPage({ params }: PageProps<"/[locale]/dossier">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Dossier" });
  const all = MESSAGES[locale];
  const messages = {
    Dossier: all.Dossier,
    Validation: all.Validation,
    Questionnaire: { copy: all.Questionnaire.copy },
  };
  return (
    <div className="container narrow page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <NextIntlClientProvider messages={messages}>
        <DossierView />
      </NextIntlClientProvider>
    </div>
  );
}
