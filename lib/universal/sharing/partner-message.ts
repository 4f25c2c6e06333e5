import type { PublicPartner } from "@/lib/universal/schemas/partner";

/**
 * The languages a partner may write its message in, in the order a page takes one when the partner left
 * none in the page's own language. Independent of the app's LOCALES, so a page in any language finds one.
 */
export const PARTNER_MESSAGE_LOCALES = ["en", "fr", "de", "it"] as const;
export type PartnerMessageLocale = (typeof PARTNER_MESSAGE_LOCALES)[number];

export type PartnerMessages = Pick<PublicPartner, "messageFr" | "messageEn" | "messageDe" | "messageIt">;

const FIELD: Record<PartnerMessageLocale, keyof PartnerMessages> = {
  en: "messageEn",
  fr: "messageFr",
  de: "messageDe",
  it: "messageIt",
};

export interface ChosenPartnerMessage {
  text: string;
  /** The message's language when it is not the page's (for `lang=`); undefined when it is the page's. */
  lang: PartnerMessageLocale | undefined;
}

function messageIn(partner: PartnerMessages, locale: PartnerMessageLocale): string | null {
  const text = partner[FIELD[locale]]?.trim();
  return text ? text : null;
}

function isMessageLocale(value: string): value is PartnerMessageLocale {
  return (PARTNER_MESSAGE_LOCALES as readonly string[]).includes(value);
}

/**
 * The partner's message to show on a page in `locale`: the one in that language, else the first given in
 * the order en, fr, de, it, with its language; null when the partner left none. Blank messages count as none.
 */
export function partnerMessage(partner: PartnerMessages, locale: string): ChosenPartnerMessage | null {
  if (isMessageLocale(locale)) {
    const own = messageIn(partner, locale);
    if (own) return { text: own, lang: undefined };
  }
  for (const candidate of PARTNER_MESSAGE_LOCALES) {
    const text = messageIn(partner, candidate);
    if (text) return { text, lang: candidate };
  }
  return null;
}
