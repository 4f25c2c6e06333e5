import { prisma } from "@/lib/server/db/client";
import { apiContext, unavailable } from "@/lib/server/http/route";
import { log } from "@/lib/server/log";
import { cachedPublicStats } from "@/lib/server/stats/public-cache";

/** GET /api/v1/stats → `{ letters, byCountry, since }`, cached for a minute. */
export async function GET(request: Request): Promise<Response> {
  try {
    const stats = await cachedPublicStats(prisma);
    return Response.json(stats, {
      headers: { "Cache-Control": "public, max-age=60, s-maxage=60, stale-while-revalidate=300" },
    });
  } catch (error) {
    log.error("stats.failed", { reason: error instanceof Error ? error.name : "unknown" });
    return unavailable(apiContext(request), "statsUnavailable");
  }
}
