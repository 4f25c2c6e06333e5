import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { inlineScripts } from "@/lib/universal/http/inline-scripts";
import { contentSecurityPolicy } from "@/lib/universal/http/security-headers";

/**
 * The script policy of one page:
 * - `hashed`: a prerendered page, its inline scripts allowed by SHA-256 (the page stays static);
 * - `nonce`: a page rendered on demand, allowed by a fresh nonce that Next.js puts on its scripts;
 * - `baseline`: next.config.ts's policy (`'unsafe-inline'`): development, or a prerendered page whose
 *   HTML could not be read. Never a nonce on a prerendered page: its cached HTML has no nonce.
 */
export type PagePolicy =
  | { kind: "hashed"; policy: string }
  | { kind: "nonce"; policy: string; nonce: string }
  | { kind: "baseline" };

const BASELINE: PagePolicy = { kind: "baseline" };
/** What a prerendered page's path looks like; anything else is not read from disk. */
const SAFE_PATH = /^\/[a-z0-9-]{1,64}(?:\/[a-z0-9-]{1,64}){0,6}$/;
const CACHE_MAX = 1_000;
const hashedCache = new Map<string, Promise<string | null>>();
let prerendered: Promise<Set<string> | null> | null = null;

const distPath = (...parts: string[]) =>
  path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", ...parts);

/** The prerendered routes of this build (prerender-manifest.json), read once; null if unreadable. */
function prerenderedRoutes(): Promise<Set<string> | null> {
  prerendered ??= readFile(distPath("prerender-manifest.json"), "utf8")
    .then((text) => new Set(Object.keys((JSON.parse(text) as { routes: Record<string, unknown> }).routes)))
    .catch(() => null);
  return prerendered;
}

/**
 * The policy of the page at `pathname`. The HTML that `next build` wrote for a prerendered page is the
 * exact document `next start` serves, so its hashes are the ones the browser computes; they are read
 * once per page and kept for the life of the process. Pages absent from the prerender manifest are
 * rendered on each request (force-dynamic, 404s, embeds), so a nonce costs them nothing. (Pages that
 * would be rendered on demand and then cached, ISR-style, would need hashes too: this app has none,
 * since its only static params are the two locales, both prerendered.)
 */
export async function pagePolicy(pathname: string, { frameable = false } = {}): Promise<PagePolicy> {
  if (process.env.NODE_ENV !== "production") return BASELINE;
  const routes = await prerenderedRoutes();
  if (!routes) return BASELINE;
  if (routes.has(pathname)) {
    if (!SAFE_PATH.test(pathname)) return BASELINE;
    let policy = hashedCache.get(pathname);
    if (!policy) {
      policy = readHashedPolicy(pathname, frameable);
      if (hashedCache.size < CACHE_MAX) hashedCache.set(pathname, policy);
    }
    const hashed = await policy;
    return hashed ? { kind: "hashed", policy: hashed } : BASELINE;
  }
  const nonce = randomBytes(18).toString("base64");
  return { kind: "nonce", nonce, policy: contentSecurityPolicy({ isDev: false, frameable, nonce }) };
}

async function readHashedPolicy(pathname: string, frameable: boolean): Promise<string | null> {
  let html: string;
  try {
    html = await readFile(distPath("server", "app", `${pathname.slice(1)}.html`), "utf8");
  } catch {
    return null;
  }
  const scriptHashes = inlineScripts(html).map(
    (script) => `sha256-${createHash("sha256").update(script, "utf8").digest("base64")}`,
  );
  return contentSecurityPolicy({ isDev: false, frameable, scriptHashes });
}
