import { prisma } from "@/lib/server/db/client";
import { jsonError } from "@/lib/server/http/errors";
import { readJsonBody } from "@/lib/server/letter/read-json-body";
import { log } from "@/lib/server/log";
import { clientAddress, rateLimit, rateLimitHeaders } from "@/lib/server/rate-limit";
import { countLetter } from "@/lib/server/stats/count-letter";
import { localizeIssues } from "@/lib/i18n/localize-issues";
import { translatorFor } from "@/lib/i18n/translator";
import { negotiateLocale } from "@/lib/universal/i18n/locales";
import { ZCountEvent } from "@/lib/universal/schemas/count-event";

/** A count event is a few dozen bytes; anything much larger is not one. */
const MAX_BODY_BYTES = 1024;
/** A person makes a letter or two; a school class behind one address makes a few dozen. */
export const COUNT_RATE_LIMIT = { bucket: "count", limit: 60, windowMs: 10 * 60_000 } as const;

/**
 * POST /api/v1/count `{ country, locale, partner? }` → 204: one anonymous letter added to today's
 * totals. Failures never reach the person's letter (the browser ignores them): a database that is down
 * gives 503 `unavailable`, never a 500.
 */
export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const locale = negotiateLocale(url.searchParams.get("locale"), request.headers.get("accept-language"));
  const t = translatorFor(locale);

  const limited = await rateLimit({ ...COUNT_RATE_LIMIT, key: clientAddress(request.headers) });
  if (!limited.ok) {
    return jsonError(429, "rate-limited", t("Share.api.rateLimited"), { headers: rateLimitHeaders(limited) });
  }
  // Reads at most MAX_BODY_BYTES whatever Content-Length claims (a 1 GB body is refused, not buffered).
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) {
    if (body.problem === "unsupported-media-type") {
      return jsonError(415, "unsupported-media-type", t("Share.api.unsupportedMedia"));
    }
    if (body.problem === "too-large") return jsonError(413, "too-large", t("Share.api.tooLarge"));
    return jsonError(400, "invalid-json", t("Share.api.invalidJson"));
  }
  const parsed = ZCountEvent.safeParse(body.value);
  if (!parsed.success) {
    return jsonError(422, "invalid-input", t("Share.api.invalidInput"), {
      issues: localizeIssues(parsed.error.issues, locale),
    });
  }

  try {
    await countLetter(await prisma(), parsed.data);
  } catch (error) {
    log.error("count.failed", { reason: error instanceof Error ? error.name : "unknown" });
    return jsonError(503, "unavailable", t("Share.api.unavailable"), { headers: { "Retry-After": "60" } });
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
