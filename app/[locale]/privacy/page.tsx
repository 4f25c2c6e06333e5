import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { languageAlternates } from "@/lib/i18n/alternates";

const SECTIONS = ["browser", "dossier", "count", "cookie", "server", "api", "third", "rights"] as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Privacy" });
  return {
    title: t("metaTitle"),
    description: t("lead"),
    alternates: { languages: languageAlternates("/privacy") },
  };
}

export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Privacy" });
  return (
    <div className="container narrow page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`}>
          <h2 id={`privacy-${section}`}>{t(`${section}Title`)}</h2>
          <p>{t(`${section}Body`)}</p>
        </section>
      ))}
    </div>
  );
}
