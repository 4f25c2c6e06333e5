import { prisma } from "@/lib/server/db/client";
import { jsonError } from "@/lib/server/http/errors";
import { apiContext, limitRequest, unavailable } from "@/lib/server/http/route";
import { log } from "@/lib/server/log";
import { verifyPartnerToken } from "@/lib/server/partners/repository";
import { PARTNER_TOKEN_RATE_LIMIT } from "@/lib/server/partners/token-rate-limit";
import { bearerToken } from "@/lib/server/partners/tokens";
import { partnerStats } from "@/lib/server/stats/queries";

/**
 * GET /api/v1/partners/{slug}/stats with `Authorization: Bearer <token>` → the partner's counts by day,
 * locale and country (countries under 5 folded into "other"); 401 `unauthorized` for a missing, wrong or
 * revoked token, without saying which.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/partners/[slug]/stats">) {
  const { slug } = await params;
  const context = apiContext(request);
  const limited = await limitRequest(request, context, PARTNER_TOKEN_RATE_LIMIT);
  if (limited) return limited;
  try {
    const db = await prisma();
    if (!(await verifyPartnerToken(db, slug, bearerToken(request.headers.get("authorization"))))) {
      return jsonError(401, "unauthorized", context.t("ApiErrors.unauthorized"), {
        headers: { ...context.headers, "WWW-Authenticate": 'Bearer realm="partner-stats"' },
      });
    }
    return Response.json(await partnerStats(db, slug), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    log.error("partner-stats.failed", { reason: error instanceof Error ? error.name : "unknown" });
    return unavailable(context, "statsUnavailable");
  }
}
