import { jsonError } from "@/lib/server/http/errors";
import { renderQr } from "@/lib/server/sharing/qr";
import { siteOrigin } from "@/lib/server/site-url";
import { translatorFor } from "@/lib/i18n/translator";
import { isLocale, negotiateLocale } from "@/lib/universal/i18n/locales";
import { isPartnerSlug } from "@/lib/universal/schemas/partner";

/**
 * GET /api/v1/qr?locale=fr|en[&partner=slug][&format=svg|png][&download=1] → a QR code for the app's
 * home page or a partner's page on this site. It encodes only this site's own URLs, so it cannot be
 * used to make QR codes for anything else.
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
    const t = translatorFor(negotiateLocale(null, request.headers.get("accept-language")));
    return jsonError(400, "invalid-input", t("Share.api.qrInvalid"));
  }
  const target = `${siteOrigin(request.url)}/${locale}${partner ? `/p/${partner}` : ""}`;
  const qr = await renderQr(target, format);
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
