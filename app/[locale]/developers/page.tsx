import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiReference } from "@/components/developers/ApiReference";
import { pageLocale } from "@/lib/i18n/page-locale";
import { languageAlternates } from "@/lib/i18n/alternates";

export async function generateMetadata({ params }: PageProps<"/[locale]/developers">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Developers" });
  return {
    title: t("metaTitle"),
    description: t("lead"),
    alternates: { languages: languageAlternates("/developers") },
  };
}

export default async function DevelopersPage({ params }: PageProps<"/[locale]/developers">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Developers" });
  return (
    <div className="container page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>{t("localeNote")}</p>
      <p>
        <a href="/api/v1/openapi.json" type="application/json">
          {t("documentLink")}
        </a>{" "}
        (<code>/api/v1/openapi.json</code>)
      </p>
      <ApiReference locale={locale} />
    </div>
  );
}
