import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { FORWARDED_HTTPS, HSTS, securityHeaders } from "./lib/universal/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
const isDev = process.env.NODE_ENV === "development";

const nextConfig: NextConfig = {
  // Separate build folders let benchmarks and parallel checks build without clobbering `.next`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "@react-pdf/renderer",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders({ isDev, frameable: false }) },
      { source: "/embed/:path*", headers: securityHeaders({ isDev, frameable: true }) },
      // Behind a TLS-terminating proxy only (see HSTS in lib/universal/http/security-headers.ts).
      { source: "/:path*", has: FORWARDED_HTTPS, headers: [HSTS] },
    ];
  },
};

export default withNextIntl(nextConfig);
