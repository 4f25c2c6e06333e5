import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { inlineScripts } from "@/lib/universal/http/inline-scripts";
// @ts-expect-error -- plain JavaScript loaded by Next.js at run time (no declaration file).
import PageCacheHandler from "./page-cache-handler.mjs";
import { CACHED_PAGE_POLICY, cachedPagePolicy, installCachedPagePolicy } from "./page-csp";

interface Entry {
  value: { kind: string; html: string; headers?: Record<string, string> } | null;
}
interface Handler {
  get(key: string, context: unknown): Promise<Entry | null>;
  set(key: string, data: unknown, context: unknown): Promise<void>;
}

const dir = mkdtempSync(path.join(tmpdir(), "page-cache-handler-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Next.js's in-memory cache only (no disk), as `next start` builds its per-request handler. */
const handler = (): Handler =>
  new PageCacheHandler({
    fs: undefined,
    flushToDisk: false,
    serverDistDir: dir,
    maxMemoryCacheSize: 10 * 1024 * 1024,
    revalidatedTags: [],
  }) as Handler;
const context = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const page = (count: number) =>
  `<html><body><p>${count}</p><script>self.__next_f.push([1,"count ${count}"])</script>` +
  `<script src="/_next/static/chunks/main.js"></script></body></html>`;
const appPage = (html: string) => ({ kind: "APP_PAGE", html, headers: { "x-nextjs-stale-time": "300" } });

/** Every inline script of `html` allowed, by hash, by `policy`. */
function allows(policy: string | undefined, html: string): boolean {
  const scripts =
    policy
      ?.split("; ")
      .find((directive) => directive.startsWith("script-src "))
      ?.split(" ") ?? [];
  return inlineScripts(html).every((script) =>
    scripts.includes(`'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`),
  );
}

describe("page cache handler", () => {
  beforeEach(() => installCachedPagePolicy());

  it("stores each version of a page with the policy of its own HTML, from the moment it is visible", async () => {
    const key = "/route-cache/APP_PAGE/home/$/en";
    const writer = handler();
    const first = appPage(page(41));
    await writer.set(key, first, { ...context, cacheControl: { revalidate: 60 } });
    // The object Next.js goes on to serve after a render carries it too.
    expect(first.headers["content-security-policy" as keyof typeof first.headers]).toBe(
      cachedPagePolicy(page(41)),
    );
    const served = await handler().get(key, context);
    expect(served?.value?.html).toBe(page(41));
    expect(allows(served?.value?.headers?.["content-security-policy"], page(41))).toBe(true);
    expect(served?.value?.headers?.["x-nextjs-stale-time"]).toBe("300");

    await writer.set(key, appPage(page(42)), { ...context, cacheControl: { revalidate: 60 } });
    const regenerated = await handler().get(key, context);
    expect(regenerated?.value?.html).toBe(page(42));
    const policy = regenerated?.value?.headers?.["content-security-policy"];
    expect(allows(policy, page(42))).toBe(true);
    expect(allows(policy, page(41)), "the policy is the new page's, not a union").toBe(false);
  });

  it("leaves other kinds of entries alone", async () => {
    const key = "/route-cache/APP_ROUTE/robots/$/robots.txt";
    const body = { kind: "APP_ROUTE", body: Buffer.from("User-agent: *"), headers: {}, status: 200 };
    await handler().set(key, body, { kind: "APP_ROUTE", cacheControl: { revalidate: false } });
    const entry = (await handler().get(key, { kind: "APP_ROUTE" })) as { value: { headers: object } } | null;
    expect(entry?.value.headers).toEqual({});
  });

  it("serves a page under a policy allowing no inline script if the app never installed its builder", async () => {
    delete (globalThis as Record<symbol, unknown>)[CACHED_PAGE_POLICY];
    const key = "/route-cache/APP_PAGE/home/$/fr";
    await handler().set(key, appPage(page(7)), { ...context, cacheControl: { revalidate: 60 } });
    const entry = await handler().get(key, context);
    const policy = entry?.value?.headers?.["content-security-policy"];
    expect(policy).toContain("script-src 'self'");
    expect(allows(policy, page(7))).toBe(false);
    expect(policy).not.toContain("unsafe-inline");
  });
});
