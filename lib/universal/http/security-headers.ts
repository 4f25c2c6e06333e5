/** A response header as Next.js `headers()` expects it. */
export interface HeaderEntry {
  key: string;
  value: string;
}

export interface PolicyOptions {
  isDev: boolean;
  /** Embed routes only: other sites may frame them. */
  frameable: boolean;
  /**
   * `'sha256-…'` sources of the page's inline scripts: only those exact inline scripts run (see
   * README, Security).
   */
  scriptHashes?: readonly string[];
  /** A per-request nonce (dynamic pages): replaces `'unsafe-inline'` like hashes do. */
  nonce?: string;
}

/**
 * The Content-Security-Policy of a response. Scripts come only from the app itself; `'unsafe-eval'`
 * is allowed in development only (React's dev tooling needs it); `'wasm-unsafe-eval'` lets the
 * browser compile react-pdf's WebAssembly layout engine (compiling Wasm, not evaluating strings).
 * Inline scripts: Next.js injects bootstrapping and RSC payload scripts into every page. The proxy
 * (lib/server/security/page-csp.ts) gives prerendered pages the hashes of their own scripts and pages
 * rendered on demand a per-request nonce (a nonce everywhere would force every page to render on each
 * request). Production never allows `'unsafe-inline'` scripts: the baseline (responses the proxy does
 * not see: API, assets, no HTML) allows no inline script at all. Development keeps `'unsafe-inline'`.
 * Styles keep `'unsafe-inline'`: React `style` attributes cannot be hashed or given a nonce.
 */
export function contentSecurityPolicy({ isDev, frameable, scriptHashes, nonce }: PolicyOptions): string {
  const inline =
    scriptHashes || nonce
      ? [...(scriptHashes ?? []).map((hash) => `'${hash}'`), ...(nonce ? [`'nonce-${nonce}'`] : [])]
      : isDev
        ? ["'unsafe-inline'"]
        : [];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inline, "'wasm-unsafe-eval'", ...(isDev ? ["'unsafe-eval'"] : [])].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // data: — react-pdf's layout engine (yoga, compiled by emscripten) first tries fetch() on the data: URL
    // holding its WebAssembly, then decodes it itself when refused. Fetching a data: URL sends nothing
    // anywhere; allowing it removes the only violation of the browser PDF (tests/e2e/hardening.spec.ts).
    `connect-src 'self' data:${isDev ? " ws:" : ""}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameable ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The security headers of every response. Only embed routes may be framed by other sites.
 * No X-Frame-Options: `frame-ancestors` supersedes it, and a DENY set for all routes could not
 * be lifted for embeds (Next.js merges header rules, it does not remove keys).
 */
export function securityHeaders(options: PolicyOptions): HeaderEntry[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/**
 * HSTS, sent when the site's public origin (`SITE_URL`, fixed at build) is HTTPS: over plain HTTP the
 * header is meaningless (browsers ignore it), and on localhost it would pin the developer's browser to
 * HTTPS. Never decided by `X-Forwarded-Proto`, which any client can send. Two years, subdomains included;
 * `preload` is left to the operator, since the preload list is a commitment for the whole domain.
 */
export const HSTS: HeaderEntry = {
  key: "Strict-Transport-Security",
  value: "max-age=63072000; includeSubDomains",
};

/** The HSTS header rules of a site whose public origin is `siteUrl` (null: none). */
export function hstsHeaders(siteUrl: string | null): HeaderEntry[] {
  return siteUrl?.startsWith("https://") ? [HSTS] : [];
}
