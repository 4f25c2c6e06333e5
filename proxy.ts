import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { pagePolicy } from "./lib/server/security/page-csp";

const localeRouting = createMiddleware(routing);
const CSP = "content-security-policy";

/**
 * next-intl's locale routing, then a Content-Security-Policy without `'unsafe-inline'` scripts
 * (lib/server/security/page-csp.ts): prerendered pages allow exactly their inline scripts by hash
 * (they stay static); pages rendered on demand, embeds included, get a fresh nonce. next.config.ts
 * sets the baseline for every other response.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Embeds take their language from ?lang= (no locale routing) and other sites may frame them.
  const embed = /^\/embed(?:\/|$)/.test(pathname);
  const response = embed ? NextResponse.next() : localeRouting(request);
  if (response.headers.has("location")) return response;
  const page = await pagePolicy(pathname, { frameable: embed });
  if (page.kind === "baseline") return response;
  if (page.kind === "nonce") forwardRequestHeader(response, request, CSP, page.policy);
  response.headers.set(CSP, page.policy);
  return response;
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
  // Everything but API routes, Next.js internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
