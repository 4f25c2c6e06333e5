import { prisma } from "@/lib/server/db/client";
import { jsonError } from "@/lib/server/http/errors";
import { log } from "@/lib/server/log";
import { bearerToken } from "@/lib/server/partners/tokens";
import { verifyPartnerToken } from "@/lib/server/partners/repository";
import { PARTNER_TOKEN_RATE_LIMIT } from "@/lib/server/partners/token-rate-limit";
import { clientAddress, rateLimit, rateLimitHeaders } from "@/lib/server/rate-limit";
import { partnerStats } from "@/lib/server/stats/queries";
import { translatorFor } from "@/lib/i18n/translator";
import { negotiateLocale } from "@/lib/universal/i18n/locales";

/**
 * GET /api/v1/partners/{slug}/stats with `Authorization: Bearer <token>` → the partner's counts by day,
 * locale and country (countries under 5 folded into "other"); 401 `unauthorized` for a missing, wrong or
 * revoked token, without saying which.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/partners/[slug]/stats">) {
  const { slug } = await params;
  const url = new URL(request.url);
  const t = translatorFor(
    negotiateLocale(url.searchParams.get("locale"), request.headers.get("accept-language")),
  );
  const noStore = { "Cache-Control": "no-store" };

  const limited = await rateLimit({ ...PARTNER_TOKEN_RATE_LIMIT, key: clientAddress(request.headers) });
  if (!limited.ok) {
    return jsonError(429, "rate-limited", t("Share.api.rateLimited"), { headers: rateLimitHeaders(limited) });
  }
  try {
    const db = await prisma();
    if (!(await verifyPartnerToken(db, slug, bearerToken(request.headers.get("authorization"))))) {
      return jsonError(401, "unauthorized", t("Share.api.unauthorized"), {
        headers: { "WWW-Authenticate": 'Bearer realm="partner-stats"' },
      });
    }
    return Response.json(await partnerStats(db, slug), { headers: noStore });
  } catch (error) {
    log.error("partner-stats.failed", { reason: error instanceof Error ? error.name : "unknown" });
    return jsonError(503, "unavailable", t("Share.api.statsUnavailable"), {
      headers: { "Retry-After": "60" },
    });
  }
}
