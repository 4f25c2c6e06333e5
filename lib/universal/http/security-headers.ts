/** A response header as Next.js `headers()` expects it. */
export interface HeaderEntry {
  key: string;
  value: string;
}

/**
 * The security headers of every response. Only embed routes may be framed by other sites.
 * Scripts come only from the app itself; `'unsafe-eval'` is allowed in development only
 * (React's dev tooling needs it). Inline scripts: Next.js injects inline bootstrapping
 * scripts into prerendered pages, so `'unsafe-inline'` stays until those are hashed
 * (nonces would force every page to render dynamically).
 * No X-Frame-Options: `frame-ancestors` supersedes it, and a DENY set for all routes could not
 * be lifted for embeds (Next.js merges header rules, it does not remove keys).
 */
export function securityHeaders({ isDev, frameable }: { isDev: boolean; frameable: boolean }): HeaderEntry[] {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameable ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
