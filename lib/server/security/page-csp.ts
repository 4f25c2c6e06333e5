import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/server/env";
import { inlineScripts } from "@/lib/universal/http/inline-scripts";
import { contentSecurityPolicy } from "@/lib/universal/http/security-headers";

/**
 * The script policy of one page, as the proxy sees it:
 * - `cached`: a prerendered page. Its policy is NOT set by the proxy: it travels in the page's cache
 *   entry, computed from that entry's own HTML (`cachedPagePolicy`, installed by
 *   `lib/server/security/page-cache-handler.mjs`), so a page regenerated in the background (the home page's
 *   letter count) is always served with the hashes of the very HTML served, never of an older version.
 * - `nonce`: a page rendered on demand, allowed by a fresh nonce that Next.js puts on its scripts;
 * - `baseline`: no inline script at all (production), or `'unsafe-inline'` (development): responses
 *   the proxy sees that are neither (redirects, unreadable manifest, development).
 * Never a nonce on a prerendered page: its cached HTML has no nonce.
 */
export type PagePolicy =
  | { kind: "cached" }
  | { kind: "nonce"; policy: string; nonce: string }
  | { kind: "baseline"; policy: string };

/** The manifest key of a prerendered App Router page: its RSC payload is its data route. */
interface PrerenderedRoute {
  dataRoute?: string | null;
}

let prerendered: Promise<Set<string> | null> | null = null;

const distPath = (...parts: string[]) =>
  path.join(/*turbopackIgnore: true*/ process.cwd(), env().NEXT_DIST_DIR ?? ".next", ...parts);

/**
 * The prerendered App Router pages of this build (prerender-manifest.json), read once; null if
 * unreadable. Prerendered route handlers (robots.txt, icons: no `.rsc` data route) are not pages.
 */
function prerenderedPages(): Promise<Set<string> | null> {
  prerendered ??= readFile(distPath("prerender-manifest.json"), "utf8")
    .then((text) => {
      const routes = (JSON.parse(text) as { routes: Record<string, PrerenderedRoute> }).routes;
      return new Set(
        Object.entries(routes)
          .filter(([, route]) => typeof route.dataRoute === "string" && route.dataRoute.endsWith(".rsc"))
          .map(([pathname]) => pathname),
      );
    })
    .catch(() => null);
  return prerendered;
}

/**
 * The path Next.js serves for `pathname`: each segment percent-decoded (`/en/privac%79` is
 * `/en/privacy`, whose prerendered HTML is served), so the manifest lookup sees what the router sees.
 * A segment that does not decode, or decodes to a slash, is kept as it is (the router keeps it too).
 */
export function normalisePathname(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => {
      try {
        const decoded = decodeURIComponent(segment);
        return decoded.includes("/") ? segment : decoded;
      } catch {
        return segment;
      }
    })
    .join("/");
}

/** The policy allowing no inline script (production), or `'unsafe-inline'` ones (development). */
export function baselinePolicy({ frameable = false } = {}): string {
  return contentSecurityPolicy({ isDev: env().NODE_ENV !== "production", frameable });
}

/**
 * The policy of the page at `pathname` (normalised with normalisePathname). Pages absent from the
 * prerender manifest are rendered on each request (force-dynamic, 404s, embeds), so a nonce costs
 * them nothing; prerendered pages get theirs from their cache entry (`cached`).
 */
export async function pagePolicy(pathname: string, { frameable = false } = {}): Promise<PagePolicy> {
  if (env().NODE_ENV !== "production") return { kind: "baseline", policy: baselinePolicy({ frameable }) };
  const pages = await prerenderedPages();
  if (!pages) return { kind: "baseline", policy: baselinePolicy({ frameable }) };
  if (pages.has(pathname)) return { kind: "cached" };
  const nonce = randomBytes(18).toString("base64");
  return { kind: "nonce", nonce, policy: contentSecurityPolicy({ isDev: false, frameable, nonce }) };
}

/**
 * The policy of a cached page whose HTML is `html`: its inline scripts (Next.js's bootstrap and RSC
 * payload) allowed by SHA-256, exactly as the browser hashes them, nothing else inline. Prerendered
 * pages are never framed (embeds are rendered on demand).
 */
export function cachedPagePolicy(html: string): string {
  const scriptHashes = inlineScripts(html).map(
    (script) => `sha256-${createHash("sha256").update(script, "utf8").digest("base64")}`,
  );
  return contentSecurityPolicy({ isDev: false, frameable: false, scriptHashes });
}

/** Where page-cache-handler.mjs finds `cachedPagePolicy` (the handler is plain JavaScript, loaded by Next.js). */
export const CACHED_PAGE_POLICY = Symbol.for("objection.cachedPagePolicy");

/** Gives the cache handler `cachedPagePolicy`; called once at start-up (instrumentation.ts). */
export function installCachedPagePolicy(): void {
  (globalThis as Record<symbol, unknown>)[CACHED_PAGE_POLICY] = cachedPagePolicy;
}
