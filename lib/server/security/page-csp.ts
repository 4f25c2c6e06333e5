import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { inlineScripts } from "@/lib/universal/http/inline-scripts";
import { contentSecurityPolicy } from "@/lib/universal/http/security-headers";

/** Locale pages only ("/en", "/fr/privacy"): anything else cannot be a prerendered page file. */
const PAGE_PATH = /^\/[a-z]{2}(?:\/[a-z0-9-]{1,64}){0,4}$/;
const CACHE_MAX = 1_000;
const cache = new Map<string, Promise<string | null>>();

/**
 * The CSP of a prerendered page with the SHA-256 of each of its inline scripts instead of
 * `'unsafe-inline'`, or null when the path has no prerendered HTML (pages rendered on demand,
 * development). The HTML written by `next build` is the exact document `next start` serves, so its
 * hashes are the ones the browser computes; they are read once per page and kept for the life of
 * the process.
 */
export function prerenderedPagePolicy(pathname: string): Promise<string | null> {
  if (process.env.NODE_ENV !== "production" || !PAGE_PATH.test(pathname)) return Promise.resolve(null);
  let policy = cache.get(pathname);
  if (!policy) {
    policy = readPolicy(pathname);
    if (cache.size < CACHE_MAX) cache.set(pathname, policy);
  }
  return policy;
}

async function readPolicy(pathname: string): Promise<string | null> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const file = path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    distDir,
    "server",
    "app",
    `${pathname.slice(1)}.html`,
  );
  let html: string;
  try {
    html = await readFile(file, "utf8");
  } catch {
    return null;
  }
  const scriptHashes = inlineScripts(html).map(
    (script) => `sha256-${createHash("sha256").update(script, "utf8").digest("base64")}`,
  );
  return contentSecurityPolicy({ isDev: false, frameable: false, scriptHashes });
}

/**
 * A per-request nonce policy for pages rendered on demand (404, partner pages, embeds, which other
 * sites may frame): Next.js reads the
 * nonce from the request's Content-Security-Policy header and puts it on every script it renders.
 * Null in development (React's tooling needs `'unsafe-eval'` and inline scripts anyway).
 */
export function dynamicPagePolicy({ frameable = false } = {}): { nonce: string; policy: string } | null {
  if (process.env.NODE_ENV !== "production") return null;
  const nonce = randomBytes(18).toString("base64");
  return { nonce, policy: contentSecurityPolicy({ isDev: false, frameable, nonce }) };
}
