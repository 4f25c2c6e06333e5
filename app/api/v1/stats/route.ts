import { prisma } from "@/lib/server/db/client";
import { jsonError } from "@/lib/server/http/errors";
import { log } from "@/lib/server/log";
import { cachedPublicStats } from "@/lib/server/stats/public-cache";
import { translatorFor } from "@/lib/i18n/translator";
import { negotiateLocale } from "@/lib/universal/i18n/locales";

/** GET /api/v1/stats → `{ letters, byCountry, since }`, cached for a minute. */
export async function GET(request: Request): Promise<Response> {
  try {
    const stats = await cachedPublicStats(prisma);
    return Response.json(stats, {
      headers: { "Cache-Control": "public, max-age=60, s-maxage=60, stale-while-revalidate=300" },
    });
  } catch (error) {
    log.error("stats.failed", { reason: error instanceof Error ? error.name : "unknown" });
    const url = new URL(request.url);
    const locale = negotiateLocale(url.searchParams.get("locale"), request.headers.get("accept-language"));
    return jsonError(503, "unavailable", translatorFor(locale)("Share.api.statsUnavailable"), {
      headers: { "Retry-After": "60" },
    });
  }
}
