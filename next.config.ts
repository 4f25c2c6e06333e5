import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { parseEnv } from "./lib/server/env";
import { hstsHeaders, securityHeaders } from "./lib/universal/http/security-headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  // The messages are compiled when the app is built, not in the browser: pages format them without the ICU
  // message parser and without the locale lookup it makes for every message with an argument (a long task of
  // its own on a slow phone).
  experimental: {
    messages: { path: "./messages", format: "json", locales: ["en", "fr", "de", "it"], precompile: true },
  },
});
// Checked when `next build` and `next start` load this file: a wrong value stops them, naming the variable.
const settings = parseEnv(process.env);
const isDev = settings.NODE_ENV === "development";
if (process.argv.includes("build") && !settings.SITE_URL) {
  console.warn(
    "\n*** SITE_URL is not set: prerendered pages get http://localhost canonical and og:image URLs. Set SITE_URL (e.g. https://objection.example) for a production build. ***\n",
  );
}

const nextConfig: NextConfig = {
  // Separate build folders let benchmarks and parallel checks build without clobbering `.next`.
  distDir: settings.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // The stylesheets (about 15 KB) go into the page instead of <link>s: the first paint no longer waits for a
  // CSS round trip, so it comes before the scripts have run (LCP = FCP on a slow phone). Style attributes and
  // elements are already allowed by the CSP (`style-src 'unsafe-inline'`); scripts keep their hashes.
  experimental: { inlineCss: true },
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "@react-pdf/renderer",
  ],
  // Next.js's file-system cache, plus each cached page's Content-Security-Policy computed from its own
  // HTML (lib/server/security/page-cache-handler.mjs), so pages regenerated in the background keep hydrating.
  cacheHandler: path.join(process.cwd(), "lib/server/security/page-cache-handler.mjs"),
  async headers() {
    const all = securityHeaders({ isDev, frameable: false });
    const isPolicy = (header: { key: string }) => header.key === "Content-Security-Policy";
    return [
      { source: "/:path*", headers: all.filter((header) => !isPolicy(header)) },
      // The Content-Security-Policy of every path the proxy sees is the proxy's (proxy.ts), or, for
      // prerendered pages, their cache entry's: a second policy here would be enforced too.
      { source: "/:prefix(api|_next|_vercel)/:path*", headers: all.filter(isPolicy) },
      // When SITE_URL (at build) is HTTPS; never from X-Forwarded-Proto (lib/universal/http/security-headers.ts).
      ...(hstsHeaders(settings.SITE_URL).length > 0
        ? [{ source: "/:path*", headers: hstsHeaders(settings.SITE_URL) }]
        : []),
    ];
  },
};

export default withNextIntl(nextConfig);
