import "server-only";
import { translatorFor } from "@/lib/i18n/translator";
import { jsonError } from "@/lib/server/http/errors";
import { clientAddress, rateLimit, rateLimitHeaders } from "@/lib/server/rate-limit";
import { negotiateLocale } from "@/lib/universal/i18n/locales";

/**
 * Letters per client address (PDF and text together). The questionnaire renders letters in the
 * browser, so the server API serves partners' integrations and browsers without JavaScript: a person
 * needs a handful, an office or a class behind one address a few dozen.
 */
export const LETTER_RATE_LIMIT = { bucket: "letter", limit: 30, windowMs: 10 * 60_000 } as const;

/**
 * The letter routes' `guard`: 429 `rate-limited` with `Retry-After` past the limit, before the body
 * is read or a PDF rendered. `next start` always sets `X-Forwarded-For`, so only in-process calls
 * in unit tests lack it; those are not limited (the handler's own tests send thousands of letters).
 */
export async function letterRateLimitGuard(request: Request): Promise<Response | null> {
  if (process.env.NODE_ENV === "test" && !request.headers.has("x-forwarded-for")) return null;
  const result = await rateLimit({ ...LETTER_RATE_LIMIT, key: clientAddress(request.headers) });
  if (result.ok) return null;
  const url = new URL(request.url);
  const locale = negotiateLocale(url.searchParams.get("locale"), request.headers.get("accept-language"));
  return jsonError(429, "rate-limited", translatorFor(locale)("Share.api.rateLimited"), {
    headers: { ...rateLimitHeaders(result), "Content-Language": locale, Vary: "Accept-Language" },
  });
}
