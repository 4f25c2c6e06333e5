import { prisma } from "@/lib/server/db/client";
import { jsonError } from "@/lib/server/http/errors";
import { apiContext, unavailable } from "@/lib/server/http/route";
import { log } from "@/lib/server/log";
import { findActivePartner } from "@/lib/server/partners/repository";

/** GET /api/v1/partners/{slug} → `{ slug, name, url, defaultLocale }`; 404 `not-found` when unknown or revoked. */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/partners/[slug]">) {
  const { slug } = await params;
  const context = apiContext(request);
  let partner;
  try {
    partner = await findActivePartner(await prisma(), slug);
  } catch (error) {
    log.error("partner.lookup-failed", { reason: error instanceof Error ? error.name : "unknown" });
    return unavailable(context, "statsUnavailable");
  }
  if (!partner)
    return jsonError(404, "not-found", context.t("ApiErrors.notFound"), { headers: context.headers });
  const { name, url: website, defaultLocale } = partner;
  return Response.json(
    { slug: partner.slug, name, url: website, defaultLocale },
    { headers: { "Cache-Control": "public, max-age=300" } },
  );
}
