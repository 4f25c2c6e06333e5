import "server-only";
import { apiContext, limitRequest } from "@/lib/server/http/route";

/**
 * Letters per client address (PDF and text together). The questionnaire renders letters in the
 * browser, so the server API serves partners' integrations and browsers without JavaScript: a person
 * needs a handful, an office or a class behind one address a few dozen.
 */
export const LETTER_RATE_LIMIT = { bucket: "letter", limit: 30, windowMs: 10 * 60_000 } as const;

/** The letter routes' `guard`: 429 `rate-limited` with `Retry-After` past the limit, before the body is read. */
export async function letterRateLimitGuard(request: Request): Promise<Response | null> {
  return limitRequest(request, apiContext(request), LETTER_RATE_LIMIT);
}
