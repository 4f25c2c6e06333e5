import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { prerenderedPagePolicy } from "./lib/server/security/page-csp";

const localeRouting = createMiddleware(routing);

/**
 * next-intl's locale routing, then, for prerendered pages, a Content-Security-Policy that allows
 * exactly their inline scripts by hash instead of `'unsafe-inline'` (next.config.ts sets the default).
 */
export default async function proxy(request: NextRequest) {
  const response = localeRouting(request);
  const policy = await prerenderedPagePolicy(request.nextUrl.pathname);
  if (policy && !response.headers.has("location")) response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Everything but API routes, embeds, Next.js internals and files with an extension.
  matcher: "/((?!api|embed|_next|_vercel|.*\\..*).*)",
};
