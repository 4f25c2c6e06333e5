import { jsonError } from "@/lib/server/http/errors";
import { apiContext } from "@/lib/server/http/route";
import { cachedQr } from "@/lib/server/sharing/qr";
import { siteOrigin } from "@/lib/server/site-url";
import { isLocale } from "@/lib/universal/i18n/locales";
import { isPartnerSlug } from "@/lib/universal/schemas/partner";

/**
 * GET /api/v1/qr?locale=fr|en|de|it[&partner=slug][&format=svg|png][&download=1] → a QR code for the app's
 * home page or a partner's page on this site (SITE_URL: never the request's Host or X-Forwarded-*
 * headers), so it cannot be used to make QR codes for anything else. The image depends only on those
 * parameters (others are ignored): it is drawn once per locale, slug and format and kept.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const locale = url.searchParams.get("locale") ?? "";
  const partner = url.searchParams.get("partner") || undefined;
  const format = url.searchParams.get("format") ?? "svg";
  if (
    !isLocale(locale) ||
    (partner !== undefined && !isPartnerSlug(partner)) ||
    (format !== "svg" && format !== "png")
  ) {
    const context = apiContext(request);
    return jsonError(400, "invalid-input", context.t("ApiErrors.qrInvalid"), { headers: context.headers });
  }
  const target = `${siteOrigin()}/${locale}${partner ? `/p/${partner}` : ""}`;
  const qr = await cachedQr(target, format);
  const headers: Record<string, string> = {
    "Content-Type": qr.type,
    "Cache-Control": "public, max-age=86400",
    "X-Content-Type-Options": "nosniff",
  };
  if (url.searchParams.get("download") === "1") {
    headers["Content-Disposition"] =
      `attachment; filename="qr-${partner ?? "objection"}-${locale}.${format}"`;
  }
  return new Response(qr.body as BodyInit, { headers });
}
