import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HomeContent } from "@/components/home/HomeContent";
import { pageLocale } from "@/lib/i18n/page-locale";
import { languageAlternates } from "@/lib/i18n/alternates";
import { prisma } from "@/lib/server/db/client";
import { homeLetterCount } from "@/lib/server/stats/public-cache";

/**
 * Prerendered, then regenerated in the background at most once a minute so the letter count arrives
 * in the HTML: visitors get the cached page while the next one renders. Each version is served with
 * the hashes of its own inline scripts (lib/server/security/page-cache-handler.mjs). Next.js only
 * accepts a literal here; PAGE_REVALIDATE_SECONDS shortens the period at run time (tests).
 */
export const revalidate = 60;

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
  return <HomeContent letters={await homeLetterCount(prisma)} />;
}
