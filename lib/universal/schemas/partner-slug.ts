/**
 * A partner's identifier in links, without zod: the questionnaire reads it from the address bar and the
 * session draft in the browser, where loading the validation library for one regular expression would cost
 * every step its first load.
 */

/** A partner's identifier in links: lower-case letters, digits and inner hyphens, 1–64 characters. */
export const PARTNER_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** Whether `value` can be a partner slug (a cheap check before any database lookup). */
export function isPartnerSlug(value: unknown): value is string {
  return typeof value === "string" && PARTNER_SLUG_PATTERN.test(value);
}
