import { getTranslations } from "next-intl/server";
import { LOCAL_COUNTRY } from "@/lib/universal/data/country-table";
import { LOCALES, type Locale } from "@/lib/universal/i18n/locales";
import type { SnippetTexts } from "@/lib/universal/sharing/snippets";
import { PartnerToolkit } from "./PartnerToolkit";

/** The example identifier in each language, as the page's text writes it. */
const EXAMPLE_SLUG: Record<Locale, string> = {
  fr: "votre-identifiant",
  en: "your-identifier",
  de: "ihre-kennung",
  it: "il-tuo-identificativo",
};

/** `/{locale}/partners`: what a partner link gives, how to get one, and the snippet builder. */
export async function PartnersContent({
  locale,
  configuredOrigin,
}: {
  locale: Locale;
  configuredOrigin: string;
}) {
  const t = await getTranslations({ locale, namespace: "Partners" });
  const textsByLocale = Object.fromEntries(
    await Promise.all(
      LOCALES.map(async (code) => {
        const tc = await getTranslations({ locale: code, namespace: "Partners" });
        const texts: SnippetTexts = {
          linkText: tc("linkText"),
          buttonText: tc("buttonText"),
          iframeTitle: tc("iframeTitleAttr"),
        };
        return [code, texts] as const;
      }),
    ),
  ) as Record<Locale, SnippetTexts>;
  const example = `${configuredOrigin}/${locale}/p/${EXAMPLE_SLUG[locale]}?country=${LOCAL_COUNTRY[locale]}&age=18-plus&account=member&letter=${locale}`;
  return (
    <div className="container narrow page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <section aria-labelledby="partners-offer">
        <h2 id="partners-offer">{t("offerTitle")}</h2>
        <ul>
          <li>{t("offerPage")}</li>
          <li>{t("offerCounts")}</li>
          <li>{t("offerPrivacy")}</li>
        </ul>
      </section>
      <section aria-labelledby="partners-get">
        <h2 id="partners-get">{t("getTitle")}</h2>
        <p>{t("getBody")}</p>
      </section>
      <PartnerToolkit locale={locale} configuredOrigin={configuredOrigin} textsByLocale={textsByLocale} />
      <section aria-labelledby="partners-prefill">
        <h2 id="partners-prefill">{t("prefillTitle")}</h2>
        <p>{t("prefillBody")}</p>
        <p>
          <code>{example}</code>
        </p>
      </section>
      <section aria-labelledby="partners-stats">
        <h2 id="partners-stats">{t("statsTitle")}</h2>
        <p>{t("statsPage")}</p>
        <p>{t("statsApi")}</p>
      </section>
    </div>
  );
}
