import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { siteOrigin } from "./lib/server/env";
import { baselinePolicy, normalisePathname, pagePolicy } from "./lib/server/security/page-csp";
import { LOCALES } from "./lib/universal/i18n/locales";

const localeRouting = createMiddleware(routing);
const CSP = "content-security-policy";
const LOCALE_OR_EMBED = new RegExp(`^/(?:${LOCALES.join("|")}|embed)(?:/|$)`);

/**
 * Runs for every path but API routes and Next.js's own assets, dotted paths included (`/en/x.y`,
 * `/embed/foo.bar`): every HTML response gets a Content-Security-Policy without `'unsafe-inline'`
 * scripts (lib/server/security/page-csp.ts): prerendered pages allow exactly their inline scripts by
 * hash, the policy coming with the cached HTML it describes (they stay static, and a page regenerated
 * in the background carries its new hashes); pages rendered on demand, embeds and 404s included, get
 * a fresh nonce; redirects get the policy allowing no inline script. next.config.ts sets no policy on
 * these paths (a second one would be enforced too).
 * - Paths under a locale go through next-intl's locale routing; other paths with a dot are public
 *   files (fonts, icon) or 404s and are not redirected.
 * - Embeds take their language from ?lang= (no locale routing) and other sites may frame them.
 * - The `Link` alternates and redirects next-intl writes use SITE_URL's origin, never the request's
 *   Host or X-Forwarded-Host/Proto, which clients choose.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const embed = /^\/embed(?:\/|$)/.test(pathname);
  const publicFile = !LOCALE_OR_EMBED.test(pathname) && /\.[^/]*$/.test(pathname);
  const response = embed || publicFile ? NextResponse.next() : localeRouting(request);
  pinOrigin(response);
  if (response.headers.has("location")) {
    response.headers.set(CSP, baselinePolicy({ frameable: embed }));
    return response;
  }
  const page = await pagePolicy(normalisePathname(pathname), { frameable: embed });
  if (page.kind === "nonce") forwardRequestHeader(response, request, CSP, page.policy);
  // A prerendered page's policy comes with its cached HTML (lib/server/security/page-cache-handler.mjs).
  if (page.kind !== "cached") response.headers.set(CSP, page.policy);
  return response;
}

/** Rewrites the origin of next-intl's `Link` alternates and redirect `Location` to SITE_URL's. */
function pinOrigin(response: NextResponse) {
  const origin = siteOrigin();
  const link = response.headers.get("link");
  if (link) {
    response.headers.set(
      "link",
      link.replace(/<([^>]*)>/g, (_, url: string) => `<${withOrigin(url, origin)}>`),
    );
  }
  const location = response.headers.get("location");
  if (location) response.headers.set("location", withOrigin(location, origin));
}

function withOrigin(url: string, origin: string): string {
  try {
    const parsed = new URL(url, origin);
    return `${origin}${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return origin;
  }
}

/**
 * Adds a header to the request the page renders with, as `NextResponse.next({ request: { headers } })`
 * does (x-middleware-override-headers lists every header the request keeps), merged with any
 * override next-intl already made. Next.js reads the nonce from the request's CSP header.
 */
function forwardRequestHeader(response: NextResponse, request: NextRequest, name: string, value: string) {
  const existing = response.headers.get("x-middleware-override-headers");
  const keys = new Set(existing ? existing.split(",") : []);
  if (!existing) {
    for (const [key, header] of request.headers) {
      response.headers.set(`x-middleware-request-${key}`, header);
      keys.add(key);
    }
  }
  keys.add(name);
  response.headers.set(`x-middleware-request-${name}`, value);
  response.headers.set("x-middleware-override-headers", [...keys].join(","));
}

export const config = {
  // Everything but API routes and Next.js internals; dotted paths included.
  matcher: "/((?!api/|_next/|_vercel/).*)",
};
