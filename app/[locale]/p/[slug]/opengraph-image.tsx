import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { OG_SIZE, OgCard } from "@/components/share/OgCard";
import { routing } from "@/lib/i18n/routing";
import { activePartnerForPage } from "@/lib/server/partners/lookup";
import { ogImage } from "@/lib/server/sharing/og-image";
import { drawableText } from "@/lib/universal/schemas/partner";

/** A partner page's preview: the general card with "Shared by <partner>" (plain card for an unknown slug). */
export const contentType = "image/png";
export const dynamic = "force-dynamic";

type Params = { locale: string; slug: string };

async function read(params: Params | Promise<Params>) {
  const { locale, slug } = await params;
  return { locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, slug };
}

export async function generateImageMetadata({ params }: { params: Params | Promise<Params> }) {
  const { locale, slug } = await read(params);
  const [share, partner] = await Promise.all([
    getTranslations({ locale, namespace: "Share" }),
    activePartnerForPage(slug),
  ]);
  const alt = partner ? `${share("ogSharedBy", { name: partner.name })}. ${share("ogAlt")}` : share("ogAlt");
  return [{ id: "card", alt, size: OG_SIZE, contentType }];
}

export default async function Image({ params }: { params: Promise<Params> }) {
  const { locale, slug } = await read(params);
  const [meta, share, partner] = await Promise.all([
    getTranslations({ locale, namespace: "Metadata" }),
    getTranslations({ locale, namespace: "Share" }),
    activePartnerForPage(slug),
  ]);
  const name = partner ? drawableText(partner.name) || partner.slug : null;
  return ogImage(`${locale} ${name === null ? "" : `${partner!.slug} ${name}`}`, () => (
    <OgCard
      siteName={meta("siteName")}
      title={meta("title")}
      tagline={share("ogTagline")}
      sharedBy={name === null ? undefined : share("ogSharedBy", { name })}
    />
  ));
}
