import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HomeContent } from "@/components/home/HomeContent";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    title: { absolute: t("title") },
    alternates: { canonical: `/${locale}`, languages: { fr: "/fr", en: "/en" } },
  };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  await pageLocale(params);
  return <HomeContent />;
}
