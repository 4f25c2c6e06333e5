import { prisma } from "@/lib/server/db/client";
import { jsonError } from "@/lib/server/http/errors";
import { log } from "@/lib/server/log";
import { findActivePartner } from "@/lib/server/partners/repository";
import { translatorFor } from "@/lib/i18n/translator";
import { negotiateLocale } from "@/lib/universal/i18n/locales";

/** GET /api/v1/partners/{slug} → `{ slug, name, url, defaultLocale }`; 404 `not-found` when unknown or revoked. */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/partners/[slug]">) {
  const { slug } = await params;
  const url = new URL(request.url);
  const t = translatorFor(
    negotiateLocale(url.searchParams.get("locale"), request.headers.get("accept-language")),
  );
  let partner;
  try {
    partner = await findActivePartner(await prisma(), slug);
  } catch (error) {
    log.error("partner.lookup-failed", { reason: error instanceof Error ? error.name : "unknown" });
    return jsonError(503, "unavailable", t("Share.api.statsUnavailable"), {
      headers: { "Retry-After": "60" },
    });
  }
  if (!partner) return jsonError(404, "not-found", t("Share.api.notFound"));
  const { name, url: website, defaultLocale } = partner;
  return Response.json(
    { slug: partner.slug, name, url: website, defaultLocale },
    { headers: { "Cache-Control": "public, max-age=300" } },
  );
}
