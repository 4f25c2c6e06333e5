// The cache handler of `next start` (next.config.ts `cacheHandler`): Next.js's own file-system cache,
// unchanged, except that every cached App Router page carries the Content-Security-Policy of its own
// HTML. Plain JavaScript because Next.js imports this file itself at run time, outside the app's bundle.
//
// Why the policy lives in the cache entry (see README, Security, Headers): a page regenerated in the
// background (ISR: the home page's letter count) has new inline scripts, so new hashes. Next.js serves
// a cached page by taking ONE entry and sending its `html` with its `headers` appended
// (next/dist/build/templates/app-page-runtime.js, `cachedData.headers`), whether the entry comes from
// memory, from disk or from the render that just produced it. A policy stored beside the HTML it
// describes therefore always matches the body it is sent with: no window between a regeneration and
// a policy update, whatever the order of the in-memory set and the disk write, and whichever version
// stale-while-revalidate serves. The proxy (proxy.ts) sets no policy on these pages, so there is one.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** @type {new (context: unknown) => { get(key: string, context: unknown): Promise<any>; set(key: string, data: any, context: unknown): Promise<void> }} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

const CSP = "content-security-policy";
/** Set by instrumentation.ts (lib/server/security/page-csp.ts `installCachedPagePolicy`). */
const CACHED_PAGE_POLICY = Symbol.for("objection.cachedPagePolicy");
/**
 * If the app never installed its policy builder (a start-up that failed half-way), pages are served
 * under a policy allowing no inline script: they would not hydrate, but nothing injected could run.
 */
const NO_INLINE_SCRIPT =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
/**
 * PAGE_REVALIDATE_SECONDS (checked by lib/server/env.ts at start-up): a shorter regeneration period for
 * pages that have one (tests). Applied to what each regeneration stores, so from the first one on; the
 * build's own copy keeps the page's period (app/[locale]/page.tsx).
 */
const periodOverride = Number.parseInt(process.env.PAGE_REVALIDATE_SECONDS ?? "", 10);

/** Entry values whose policy this process computed (an entry read from disk is a new object). */
const done = new WeakSet();

/** A page rendered for one request under the proxy's nonce policy (404s): that policy is its own. */
const NONCE_SCRIPT = /<script\b[^>]*\snonce=/i;

/** Puts the policy of `value.html` in `value.headers` (App Router pages only); `fallback` when unknown. */
function withPolicy(value, fallback) {
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string" || done.has(value)) return;
  if (NONCE_SCRIPT.test(value.html)) return;
  const policyFor = globalThis[CACHED_PAGE_POLICY];
  const policy = typeof policyFor === "function" ? policyFor(value.html) : fallback;
  if (policy === undefined) return;
  value.headers = { ...value.headers, [CSP]: policy };
  done.add(value);
}

/** `context` with its regeneration period shortened to PAGE_REVALIDATE_SECONDS, if that is shorter. */
function withPeriod(context) {
  const revalidate = context?.cacheControl?.revalidate;
  if (!(periodOverride > 0) || typeof revalidate !== "number" || revalidate <= periodOverride) return context;
  return { ...context, cacheControl: { ...context.cacheControl, revalidate: periodOverride } };
}

export default class PageCacheHandler extends FileSystemCache {
  async get(key, context) {
    const entry = await super.get(key, context);
    withPolicy(entry?.value, NO_INLINE_SCRIPT);
    return entry;
  }

  async set(key, data, context) {
    // Before Next.js stores it: the entry is visible in memory from the first line of super.set().
    // Without the app's builder (`next build`), nothing is added: get() computes it on first read.
    withPolicy(data, undefined);
    return super.set(key, data, withPeriod(context));
  }
}
