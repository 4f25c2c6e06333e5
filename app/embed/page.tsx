import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmbedDocument } from "@/components/embed/EmbedCard";
import { embedLocale } from "@/lib/server/sharing/embed-locale";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await embedLocale((await searchParams).lang);
  const t = await getTranslations({ locale, namespace: "Embed" });
  return { title: { absolute: t("metaTitle") }, robots: { index: false } };
}

/** `/embed?lang=fr|en|de|it`: the card without a partner, for any site. */
export default async function Embed({ searchParams }: Props) {
  const locale = await embedLocale((await searchParams).lang);
  return <EmbedDocument locale={locale} href={`/${locale}`} />;
}
