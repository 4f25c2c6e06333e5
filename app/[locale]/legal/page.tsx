import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { LEGAL_SOURCES } from "@/lib/universal/legal/sources";
import { languageAlternates } from "@/lib/i18n/alternates";

const LAW_KEYS = ["lawEu", "lawCh", "lawUk"] as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/legal">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Legal" });
  return {
    title: t("metaTitle"),
    description: t("lead"),
    alternates: { languages: languageAlternates("/legal") },
  };
}

export default async function LegalPage({ params }: PageProps<"/[locale]/legal">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Legal" });
  return (
    <div className="container narrow page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <section aria-labelledby="legal-law">
        <h2 id="legal-law">{t("lawTitle")}</h2>
        <ul>
          {LAW_KEYS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="legal-controllers">
        <h2 id="legal-controllers">{t("controllersTitle")}</h2>
        <p>{t("controllersBody")}</p>
      </section>
      <section aria-labelledby="legal-sources">
        <h2 id="legal-sources">{t("sourcesTitle")}</h2>
        <ul>
          {LEGAL_SOURCES.map((source) => (
            <li key={source.id}>
              {/* Titles stay in the source's own language. */}
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>
              <br />
              <span className="muted">
                {t("usedFor")} {t(`sources.${source.id}`)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="legal-limits">
        <h2 id="legal-limits">{t("disclaimerTitle")}</h2>
        <p>{t("disclaimerBody")}</p>
      </section>
    </div>
  );
}
