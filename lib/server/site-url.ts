import "server-only";

/**
 * The public origin of the site, for absolute links (Open Graph images, QR codes, partner snippets).
 * `SITE_URL` (e.g. https://objection.example) is authoritative; without it, the request's own origin
 * when there is one, else http://localhost:$PORT (what `next start` serves by default).
 */
export function siteOrigin(requestUrl?: string): string {
  const configured = process.env.SITE_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed SITE_URL falls through to the request's origin rather than breaking pages.
    }
  }
  if (requestUrl) return new URL(requestUrl).origin;
  return `http://localhost:${process.env.PORT ?? "3000"}`;
}
