import { z } from "zod";
import "./zod-config";
import { LOCALES } from "@/lib/universal/i18n/locales";
import { PARTNER_SLUG_PATTERN } from "./partner-slug";

export { isPartnerSlug, PARTNER_SLUG_PATTERN } from "./partner-slug";

export const ZPartnerSlug = z.string().trim().toLowerCase().regex(PARTNER_SLUG_PATTERN, {
  message: "use lower-case letters, digits and inner hyphens (1 to 64 characters)",
});

/**
 * Characters a partner name may use: the scripts the app's own Open Graph font (DejaVu Serif
 * Condensed, public/fonts) draws, so a partner's preview image never needs a font or emoji from
 * elsewhere. Latin (Basic, Latin-1, Extended-A/B, Extended Additional), modern Greek, modern Cyrillic
 * (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian) and common punctuation; no emoji.
 * tests/unit/partner-name-font.test.ts checks every one against the font file.
 */
export const PARTNER_NAME_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x1e00, 0x1efb],
  [0x370, 0x3e1],
  [0x3f0, 0x3ff],
  [0x400, 0x45f],
  [0x490, 0x491],
  [0x2010, 0x2026],
  [0x20ac, 0x20ac],
];

const inNameRanges = (codePoint: number) =>
  PARTNER_NAME_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);

/** Whether every character of `text` is one the Open Graph font draws (see PARTNER_NAME_RANGES). */
export function isDrawableName(text: string): boolean {
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (!inNameRanges(codePoint) || !/\p{Assigned}/u.test(char)) return false;
  }
  return true;
}

/** `text` without the characters the Open Graph font cannot draw (names stored before the rule). */
export function drawableText(text: string): string {
  return [...text]
    .filter((char) => isDrawableName(char))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

const optionalMessage = z
  .string()
  .trim()
  .max(500)
  .optional()
  .transform((value) => (value ? value : undefined));

/** What it takes to register a partner (the `npm run partner -- create` arguments). */
export const ZPartnerInput = z.object({
  slug: ZPartnerSlug,
  name: z.string().trim().normalize("NFC").min(1).max(200).refine(isDrawableName, {
    message:
      "use Latin, Greek or Cyrillic letters, digits and common punctuation (the preview image's font has no other script, and no emoji)",
  }),
  /** The partner's own site, shown as a link on its page: https only (http allowed for localhost tests). */
  url: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .refine(
      (value) => value.startsWith("https://") || /^http:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(value),
      {
        message: "must be an https:// address",
      },
    ),
  defaultLocale: z.enum(LOCALES),
  messageFr: optionalMessage,
  messageEn: optionalMessage,
  messageDe: optionalMessage,
  messageIt: optionalMessage,
});

export type TPartnerInput = z.output<typeof ZPartnerInput>;

/** What anyone may know about a partner (`GET /api/v1/partners/{slug}`, its pages), never its token hash. */
export interface PublicPartner {
  slug: string;
  name: string;
  url: string;
  defaultLocale: string;
  messageFr: string | null;
  messageEn: string | null;
  messageDe: string | null;
  messageIt: string | null;
}
