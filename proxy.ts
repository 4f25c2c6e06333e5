import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { dynamicPagePolicy, prerenderedPagePolicy } from "./lib/server/security/page-csp";

const localeRouting = createMiddleware(routing);
const CSP = "content-security-policy";

/**
 * next-intl's locale routing, then a Content-Security-Policy without `'unsafe-inline'` scripts:
 * prerendered pages allow exactly their inline scripts by hash (they stay static), pages rendered on
 * demand get a fresh nonce, and so do embeds (framable, outside the locale routing). next.config.ts
 * sets the baseline for every other response.
 */
export default async function proxy(request: NextRequest) {
  if (/^\/embed(?:\/|$)/.test(request.nextUrl.pathname)) {
    // Embeds take their language from ?lang= (no locale routing) and are rendered on demand.
    const response = NextResponse.next();
    const embed = dynamicPagePolicy({ frameable: true });
    if (embed) {
      forwardRequestHeader(response, request, CSP, embed.policy);
      response.headers.set(CSP, embed.policy);
    }
    return response;
  }
  const response = localeRouting(request);
  if (response.headers.has("location")) return response;
  const hashed = await prerenderedPagePolicy(request.nextUrl.pathname);
  if (hashed) {
    response.headers.set(CSP, hashed);
    return response;
  }
  const dynamic = dynamicPagePolicy();
  if (dynamic) {
    forwardRequestHeader(response, request, CSP, dynamic.policy);
    response.headers.set(CSP, dynamic.policy);
  }
  return response;
}

/**
 * Adds a header to the request the page renders with, as `NextResponse.next({ request: { headers } })`
 * does (x-middleware-override-headers lists every header the request keeps), merged with any
 * override next-intl already made.
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
  // Everything but API routes, Next.js internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
