import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Built from bench/out/baseline-app: the repository root (two levels up) holds node_modules and the lockfile.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: path.resolve(process.cwd(), "../../..") },
};

export default withNextIntl(nextConfig);
