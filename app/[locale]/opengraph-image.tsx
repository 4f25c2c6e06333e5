import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { OG_SIZE, OgCard } from "@/components/share/OgCard";
import { routing } from "@/lib/i18n/routing";
import { ogImage } from "@/lib/server/sharing/og-image";

/** The preview image of every page of a language (partner pages have their own). Built once per locale. */
export const contentType = "image/png";

type Params = { locale: string };

async function localeOf(params: Params | Promise<Params>) {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

export async function generateImageMetadata({ params }: { params: Params | Promise<Params> }) {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Share" });
  return [{ id: "card", alt: t("ogAlt"), size: OG_SIZE, contentType }];
}

export default async function Image({ params }: { params: Promise<Params> }) {
  const locale = await localeOf(params);
  const [meta, share] = await Promise.all([
    getTranslations({ locale, namespace: "Metadata" }),
    getTranslations({ locale, namespace: "Share" }),
  ]);
  return ogImage(locale, () => (
    <OgCard siteName={meta("siteName")} title={meta("title")} tagline={share("ogTagline")} />
  ));
}
