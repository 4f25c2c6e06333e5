import { z } from "zod";
import "./zod-config";
import { LOCALES } from "@/lib/universal/i18n/locales";

/** A partner's identifier in links: lower-case letters, digits and inner hyphens, 1–64 characters. */
export const PARTNER_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export const ZPartnerSlug = z.string().trim().toLowerCase().regex(PARTNER_SLUG_PATTERN, {
  message: "use lower-case letters, digits and inner hyphens (1 to 64 characters)",
});

/** Whether `value` can be a partner slug (a cheap check before any database lookup). */
export function isPartnerSlug(value: unknown): value is string {
  return typeof value === "string" && PARTNER_SLUG_PATTERN.test(value);
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
  name: z.string().trim().min(1).max(200),
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
}
