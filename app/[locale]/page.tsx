import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HomeContent } from "@/components/home/HomeContent";
import { pageLocale } from "@/lib/i18n/page-locale";
import { languageAlternates } from "@/lib/i18n/alternates";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    title: { absolute: t("title") },
    alternates: { canonical: `/${locale}`, languages: languageAlternates("") },
  };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  await pageLocale(params);
  return <HomeContent />;
}
